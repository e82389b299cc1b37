package io.github.vanban.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The plain-text documents the pipeline benchmarks analyse: read from a folder, then replicated.
 */
public final class TextCorpus {

  private TextCorpus() {}

  /**
   * Reads the {@code .txt} and {@code .md} files directly in {@code folder}, in name order.
   *
   * @param folder the folder, such as {@code eval/corpus/seeds}
   * @return the documents' texts, at least one
   * @throws IOException when the folder holds no such file or one cannot be read
   */
  public static List<String> read(Path folder) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path p : files.sorted().toList()) {
        String name = p.getFileName().toString();
        if (name.endsWith(".txt") || name.endsWith(".md")) {
          out.add(Files.readString(p, StandardCharsets.UTF_8));
        }
      }
    }
    if (out.isEmpty()) {
      throw new IOException("no .txt or .md documents in " + folder);
    }
    return out;
  }

  /**
   * Returns the documents in turn, again and again, until their UTF-8 bytes reach {@code bytes}.
   *
   * @param documents the documents, at least one
   * @param bytes the size to reach
   * @return the documents repeated, the last one reaching or passing the size
   */
  public static List<String> replicate(List<String> documents, long bytes) {
    List<String> out = new ArrayList<>();
    long total = 0;
    for (int i = 0; total < bytes; i++) {
      String d = documents.get(i % documents.size());
      out.add(d);
      total += d.getBytes(StandardCharsets.UTF_8).length;
    }
    return out;
  }
}
