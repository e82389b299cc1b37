/**
 * Vietnamese spelling in one place: normalisation with offset maps, accent folding, word
 * characters, old and new tone placement, soft line breaks and the official titles of signers.
 */
package io.github.vanban.core.text;
