/** The OUTPUT.md JSON writer. */
package io.github.vanban.core.json;
