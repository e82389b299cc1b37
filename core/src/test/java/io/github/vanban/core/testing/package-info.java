/** Test helpers shared by the core module's tests: the shared folder, table fixtures. */
package io.github.vanban.core.testing;
