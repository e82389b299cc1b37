package io.github.vanban.extract.pdf;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the project's read-only {@code shared} directory by walking up from the working directory
 * to the first directory holding {@code shared/spec/EXTRACTION.md}; a test that needs it fails with
 * a message when it is not there.
 */
final class SharedCorpus {

  private SharedCorpus() {}

  /** Returns the shared directory, failing the calling test if it cannot be found. */
  static Path root() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path shared = dir.resolve("shared");
      if (Files.isRegularFile(shared.resolve("spec/EXTRACTION.md"))) {
        return shared;
      }
    }
    return fail(
        "shared/spec/EXTRACTION.md not found in the working directory or any parent;"
            + " these tests read the shared corpus (../shared beside the repository)");
  }

  /** Returns a corpus file, failing the calling test if it is missing. */
  static Path file(String relative) {
    Path file = root().resolve(relative);
    if (!Files.isRegularFile(file)) {
      fail("shared corpus file missing: " + relative);
    }
    return file;
  }
}
