/** Sentence and token segmentation. */
package io.github.vanban.core.segment;
