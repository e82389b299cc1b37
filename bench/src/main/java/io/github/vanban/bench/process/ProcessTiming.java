package io.github.vanban.bench.process;

/**
 * What one child process cost, as {@code /usr/bin/time} reports it.
 *
 * <p>Immutable.
 *
 * @param wallSeconds elapsed seconds
 * @param cpuSeconds user plus system CPU seconds of the process and its children
 * @param peakRssMb the largest resident set of the process, MB
 * @param load the one-minute load average of the machine when the run started
 * @param exitCode the process's exit status
 */
record ProcessTiming(
    double wallSeconds, double cpuSeconds, double peakRssMb, double load, int exitCode) {}
