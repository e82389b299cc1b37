/** Entry points of the analysis: the standard pipeline. */
package io.github.vanban.core;
