/**
 * The whole-process benchmark: the {@code vanban} command as users run it, a cold JVM per run,
 * timed in wall-clock and CPU seconds beside a cold Tika process extracting the same files.
 */
package io.github.vanban.bench.process;
