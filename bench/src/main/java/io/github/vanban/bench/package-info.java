/** The vanban-bench command: end-to-end timings and the Tika comparison. */
package io.github.vanban.bench;
