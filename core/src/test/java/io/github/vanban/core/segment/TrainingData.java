package io.github.vanban.core.segment;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Finds the sentence data in {@code core/src/train/segment} from a module or the project root. */
final class TrainingData {

  private TrainingData() {}

  /** Returns the data folder, failing the test when it cannot be found. */
  static Path dir() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      for (Path candidate :
          List.of(p.resolve("src/train/segment"), p.resolve("core/src/train/segment"))) {
        if (Files.isRegularFile(candidate.resolve("sentences-heldout.txt"))) {
          return candidate;
        }
      }
    }
    return fail("core/src/train/segment not found above " + Path.of("").toAbsolutePath());
  }

  static List<Path> train() {
    return List.of(
        dir().resolve("sentences-train.txt"), dir().resolve("sentences-train-constructed.txt"));
  }

  static Path heldOut() {
    return dir().resolve("sentences-heldout.txt");
  }

  static Path abbreviations() {
    return dir().resolve("abbreviations.txt");
  }
}
