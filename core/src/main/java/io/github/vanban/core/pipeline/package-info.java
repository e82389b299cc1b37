/**
 * Stages, the pipeline that chains them, and the analysed document they pass along: an immutable
 * store of layers keyed by typed {@link io.github.vanban.core.pipeline.LayerKey}s, which stages
 * declare and the pipeline checks when it is built.
 */
package io.github.vanban.core.pipeline;
