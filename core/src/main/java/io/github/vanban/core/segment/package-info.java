/**
 * Sentence and token segmentation.
 *
 * <p>Sentences: {@link io.github.vanban.core.segment.SentenceSplitter} has two implementations, the
 * OpenNLP model {@link io.github.vanban.core.segment.OpenNlpSentenceSegmenter} (the default in
 * {@link io.github.vanban.core.segment.SegmentStage}) and the rule baseline {@link
 * io.github.vanban.core.segment.SentenceSegmenter}. {@link
 * io.github.vanban.core.segment.SentenceModelTrainer} retrains the model reproducibly and {@link
 * io.github.vanban.core.segment.SegmentationEvaluator} scores either on gold sentences; the data
 * and how it was labelled are in {@code core/src/train/segment/}. OpenNLP types stay inside this
 * package's implementation: no public signature mentions them.
 */
package io.github.vanban.core.segment;
