/**
 * Test helpers shared by the core module's tests: the evaluation corpus and its gold, table
 * fixtures, a child JVM with a temp folder of its own.
 */
package io.github.vanban.core.testing;
