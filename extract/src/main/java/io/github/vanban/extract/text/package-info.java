/** Plain text and Markdown in UTF-8, UTF-16 and Windows-1258. */
package io.github.vanban.extract.text;
