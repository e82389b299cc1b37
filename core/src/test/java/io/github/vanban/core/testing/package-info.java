/**
 * Test helpers shared by the core module's tests: the evaluation corpus and its gold, table
 * fixtures.
 */
package io.github.vanban.core.testing;
