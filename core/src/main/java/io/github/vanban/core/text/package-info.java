/** Pure functions over Vietnamese text: normalisation with offset maps, accent folding. */
package io.github.vanban.core.text;
