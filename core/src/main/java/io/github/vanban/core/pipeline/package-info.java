/** Stages, the pipeline that chains them, and the analysed document they pass along. */
package io.github.vanban.core.pipeline;
