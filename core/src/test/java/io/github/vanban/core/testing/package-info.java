/** Test utilities: access to the shared seed corpus and its gold annotations. */
package io.github.vanban.core.testing;
