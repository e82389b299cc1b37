/** Immutable values: spans, blocks, extracted documents, headers and the mention family. */
package io.github.vanban.core.model;
