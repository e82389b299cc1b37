/**
 * JMH micro-benchmarks; run with {@code java -cp bench/target/vanban-bench.jar
 * org.openjdk.jmh.Main}.
 */
package io.github.vanban.bench.jmh;
