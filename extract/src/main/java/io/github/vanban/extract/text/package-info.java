/** Plain text and Markdown in UTF-8, UTF-16, Windows-1258 and the legacy TCVN3/VNI encodings. */
package io.github.vanban.extract.text;
