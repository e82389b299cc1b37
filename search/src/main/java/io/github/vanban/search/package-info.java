/** Lucene index and queries over analysed documents. */
package io.github.vanban.search;
