package io.github.vanban.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One gold annotation: the document it describes (relative to the corpus folder), the categories
 * annotated completely, and the annotation itself in the shape of the JSON output.
 *
 * @param name the gold file's name, for reports
 * @param file the document's path relative to the corpus folder
 * @param scope the categories annotated completely; findings of other categories are not scored
 * @param headerInScope whether the header was annotated
 * @param annotation the gold JSON object
 */
public record GoldFile(
    String name, String file, Set<Category> scope, boolean headerInScope, JsonNode annotation) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Checks the fields and copies the scope.
   *
   * @param name the gold file's name, for reports
   * @param file the document's path relative to the corpus folder
   * @param scope the categories annotated completely; findings of other categories are not scored
   * @param headerInScope whether the header was annotated
   * @param annotation the gold JSON object
   */
  public GoldFile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(annotation, "annotation");
    scope = Set.copyOf(scope);
  }

  /**
   * Reads a gold file. Without a {@code scope} field every category and the header are in scope.
   *
   * @param path a {@code .gold.json} file
   * @return the gold file, named after {@code path}'s file name
   * @throws IOException when it cannot be read or is not a gold file
   */
  public static GoldFile read(Path path) throws IOException {
    JsonNode root = JSON.readTree(path.toFile());
    if (root == null || !root.path("file").isTextual()) {
      throw new IOException(path + ": not a gold file (no \"file\" field)");
    }
    JsonNode scope = root.get("scope");
    if (scope == null || scope.isNull()) {
      return new GoldFile(
          path.getFileName().toString(),
          root.get("file").asText(),
          EnumSet.allOf(Category.class),
          true,
          root);
    }
    Set<Category> categories = EnumSet.noneOf(Category.class);
    boolean header = false;
    for (JsonNode s : scope) {
      if (s.asText().equals("header")) {
        header = true;
      } else {
        try {
          categories.add(Category.of(s.asText()));
        } catch (IllegalArgumentException e) {
          throw new IOException(path + ": unknown scope '" + s.asText() + "'", e);
        }
      }
    }
    return new GoldFile(
        path.getFileName().toString(), root.get("file").asText(), categories, header, root);
  }

  /**
   * Lists the {@code *.gold.json} files of a folder, sorted by name.
   *
   * @param folder the folder to list, not its subfolders
   * @return the paths of the gold files, empty when there is none
   * @throws IOException when the folder cannot be listed
   */
  public static java.util.List<Path> list(Path folder) throws IOException {
    try (var files = Files.list(folder)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
    }
  }
}
