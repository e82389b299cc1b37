package io.github.vanban.extract;

/** The formats of {@link Extractors#standard()}, looked up by name for the detection tests. */
final class StandardFormats {

  /** The detector of every format vanban ships. */
  static final FormatDetector DETECTOR = new FormatDetector(Extractors.standard().formats());

  private StandardFormats() {}

  /** Returns the standard format of this short name; fails the test when there is none. */
  static FileFormat named(String name) {
    return DETECTOR.formats().stream()
        .filter(f -> f.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no standard format " + name));
  }
}
