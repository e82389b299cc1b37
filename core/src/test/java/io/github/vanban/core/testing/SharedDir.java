package io.github.vanban.core.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the project's shared folder (spec, corpus, gold) by walking up from the working folder. */
public final class SharedDir {

  private SharedDir() {}

  /** Returns the shared folder, failing the test with a clear message when there is none. */
  public static Path find() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolve("shared");
      if (Files.isRegularFile(candidate.resolve("spec/EXTRACTION.md"))) {
        return candidate;
      }
    }
    return fail(
        "no folder 'shared' with spec/EXTRACTION.md above "
            + Path.of("").toAbsolutePath()
            + "; tests need the project's shared folder beside the repository");
  }
}
