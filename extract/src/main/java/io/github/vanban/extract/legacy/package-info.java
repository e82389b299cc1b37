/**
 * Legacy Vietnamese 8-bit font encodings (TCVN3/ABC and VNI): recognising them from font names or
 * text statistics and converting them to Unicode NFC.
 */
package io.github.vanban.extract.legacy;
