/** Test helpers shared by the extract module's tests: the fuzz target every extractor runs. */
package io.github.vanban.extract.testing;
