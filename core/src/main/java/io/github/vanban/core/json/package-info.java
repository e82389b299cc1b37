/** The OUTPUT.md JSON writer, driven by the layer keys a document holds. */
package io.github.vanban.core.json;
