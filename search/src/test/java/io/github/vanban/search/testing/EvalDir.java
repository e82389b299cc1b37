package io.github.vanban.search.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The repository's evaluation folder ({@code eval/}: real documents under {@code corpus/}, gold
 * under {@code gold/}), named by the build in the system property {@code vanban.eval}.
 */
public final class EvalDir {

  private EvalDir() {}

  /** Returns the evaluation folder, failing the test with a clear message when it is unknown. */
  public static Path root() {
    String dir = System.getProperty("vanban.eval");
    if (dir == null || !Files.isRegularFile(Path.of(dir, "README.md"))) {
      return fail("system property vanban.eval must name the repository's eval folder: " + dir);
    }
    return Path.of(dir);
  }

  /** Returns a file of the evaluation folder, failing the test when it is missing. */
  public static Path file(String relative) {
    Path file = root().resolve(relative);
    if (!Files.isRegularFile(file)) {
      fail("evaluation file missing: " + relative);
    }
    return file;
  }
}
