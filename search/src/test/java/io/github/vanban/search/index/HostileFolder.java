package io.github.vanban.search.index;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lays out a folder of hostile files: the fixtures of {@code src/test/resources/hostile/} (each
 * named after its quirk), the huge ones generated here, and file-system traps (a symbolic link
 * loop, a link out of the folder, a named pipe, a folder named like a file, a name in NFD with
 * spaces).
 */
final class HostileFolder {

  /** The name, in NFC, of the file written in NFD with spaces and Vietnamese letters. */
  static final String NFD_NAME = "Nghị quyết số 5 (bản cuối).txt";

  /** What the file outside the folder holds: it must never reach the index. */
  static final String OUTSIDE_SECRET = "BIMAT-OUTSIDE-4711";

  private HostileFolder() {}

  /** Writes the folder at {@code docs}; {@code outside} gets the file a link points out to. */
  static void write(Path docs, Path outside) throws IOException {
    Files.createDirectories(docs);
    copyFixtures(docs);
    writeGenerated(docs);
    writeTraps(docs, outside);
  }

  private static void copyFixtures(Path docs) throws IOException {
    Path fixtures;
    try {
      fixtures = Path.of(HostileFolder.class.getResource("/hostile").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("the hostile fixtures are not on the class path", e);
    }
    try (Stream<Path> files = Files.list(fixtures)) {
      for (Path f : files.toList()) {
        Files.copy(f, docs.resolve(f.getFileName().toString()));
      }
    }
  }

  private static void writeGenerated(Path docs) throws IOException {
    String[] topics = {"ke hoach", "ngan sach", "dau tu", "giao duc", "y te", "du lich", "dat dai"};
    List<String> pages = new ArrayList<>();
    for (int i = 1; i <= 1000; i++) {
      // Lines that differ from page to page, so that none is taken for a running header.
      String topic = topics[i % 7] + " va " + topics[(i / 7) % 7];
      pages.add(
          RawPdf.text(72, 700 - (i % 13) * 20, 12, "Dieu " + i + ". Ve " + topic + ".")
              + RawPdf.text(72, 400 + (i % 11) * 10, 12, "Chi tieu " + topic + " dat " + i));
    }
    Files.write(docs.resolve("pdf_1000-pages.pdf"), RawPdf.of(pages));
    StringBuilder runs = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      runs.append(RawPdf.text(20 + (i % 500), 20 + (i / 500) * 4f, 1, i % 2 == 0 ? "a" : "b"));
    }
    Files.write(docs.resolve("pdf_100000-tiny-text-runs.pdf"), RawPdf.of(List.of(runs.toString())));
    String open = "<div>".repeat(100_000);
    Files.writeString(
        docs.resolve("html_nested-100000-levels.html"),
        "<html><body>" + open + "<p>" + "Nghị quyết về kế hoạch năm 2025. ".repeat(10) + "</p>",
        StandardCharsets.UTF_8);
    writeOneLine(docs.resolve("html_200mb-one-line.html"), 200L << 20);
  }

  /** Writes {@code size} bytes of one-line HTML, a paragraph with no line break. */
  private static void writeOneLine(Path file, long size) throws IOException {
    byte[] chunk = new byte[1 << 20];
    Arrays.fill(chunk, (byte) 'x');
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
      out.write("<html><body><p>".getBytes(StandardCharsets.US_ASCII));
      for (long written = 0; written < size; written += chunk.length) {
        out.write(chunk);
      }
    }
  }

  private static void writeTraps(Path docs, Path outside) throws IOException {
    Path links = Files.createDirectories(docs.resolve("lien-ket"));
    Files.createSymbolicLink(links.resolve("vong-lap"), docs);
    Files.createDirectories(outside);
    Path secret = Files.writeString(outside.resolve("bi-mat.txt"), OUTSIDE_SECRET + " văn bản.");
    Files.createSymbolicLink(links.resolve("ra-ngoai.txt"), secret);
    mkfifo(docs.resolve("ong-dan.txt"));
    Path folder = Files.createDirectories(docs.resolve("thu-muc.pdf"));
    Files.writeString(folder.resolve("ben-trong.txt"), "Văn bản trong thư mục có tên như tệp.");
    Files.writeString(
        docs.resolve(Normalizer.normalize(NFD_NAME, Normalizer.Form.NFD)),
        "Nghị quyết số 5/NQ-HĐND về tên tệp viết tổ hợp.",
        StandardCharsets.UTF_8);
  }

  private static void mkfifo(Path fifo) {
    try {
      Process p = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
      if (p.waitFor() != 0) {
        throw new IllegalStateException("mkfifo " + fifo + " failed: " + p.exitValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("mkfifo is needed to make a named pipe", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
