package io.github.vanban.bench.generate;

import io.github.vanban.bench.Workers;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code vanban-bench generate}: writes a folder of generated documents, the same for the same seed
 * and count: {@code OUT/000/000000.pdf} and on (a thousand files a folder) and {@code
 * OUT/manifest.tsv}, one row a document with its file, format, number, type, issuer, date and the
 * numbers it cites (the query benchmarks draw their numbers from it).
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = "Generate realistic documents (txt, md, html, docx, pdf) from a seed.")
public final class GenerateBench implements Callable<Integer> {

  /** The manifest's file name, in the output folder. */
  public static final String MANIFEST = "manifest.tsv";

  @Option(names = "--count", required = true, description = "How many documents.")
  int count;

  @Option(names = "--seed", defaultValue = "42", description = "The seed.")
  long seed;

  @Option(names = "--out", required = true, description = "The output folder.")
  Path out;

  @Option(
      names = "--format",
      description = "Write every document in this format (${COMPLETION-CANDIDATES}), not the mix.")
  OutputFormat only;

  @Option(
      names = "--threads",
      defaultValue = "0",
      description = "Writer threads (0: one per processor).")
  int threads;

  @Override
  public Integer call() throws Exception {
    DocumentComposer composer = new DocumentComposer(Lexicon.load(), seed, only);
    String[] rows = new String[count];
    long[] bytes = new long[count];
    AtomicInteger next = new AtomicInteger();
    int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    long start = System.nanoTime();
    Workers.run(n, () -> work(composer, next, rows, bytes));
    writeManifest(rows);
    summarise(rows, bytes, (System.nanoTime() - start) / 1e9);
    return 0;
  }

  private void work(DocumentComposer composer, AtomicInteger next, String[] rows, long[] bytes) {
    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
      GeneratedDocument doc = composer.compose(i);
      String name = String.format("%03d/%06d.%s", i / 1000, i, doc.meta().format().extension());
      Path file = out.resolve(name);
      try {
        Files.createDirectories(file.getParent());
        try (OutputStream o = Files.newOutputStream(file)) {
          DocumentWriter.of(doc.meta().format()).write(doc, o);
        }
        bytes[i] = Files.size(file);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + file, e);
      }
      rows[i] = row(name, doc);
      if ((i + 1) % Math.max(1, count / 10) == 0) {
        System.err.printf("generate: %d/%d%n", i + 1, count);
      }
    }
  }

  private static String row(String name, GeneratedDocument doc) {
    DocumentMeta m = doc.meta();
    return String.join(
        "\t",
        name,
        m.format().extension(),
        m.number(),
        m.type().code(),
        m.issuer().name(),
        m.issued().toString(),
        String.join(";", doc.cited()));
  }

  private void writeManifest(String[] rows) throws IOException {
    StringBuilder s = new StringBuilder("file\tformat\tnumber\ttype\tissuer\tissued\tcites\n");
    for (String r : rows) {
      s.append(r).append('\n');
    }
    Files.writeString(out.resolve(MANIFEST), s, StandardCharsets.UTF_8);
  }

  private void summarise(String[] rows, long[] bytes, double seconds) {
    Map<OutputFormat, long[]> byFormat = new EnumMap<>(OutputFormat.class);
    for (int i = 0; i < rows.length; i++) {
      OutputFormat f =
          OutputFormat.valueOf(rows[i].split("\t")[1].toUpperCase(java.util.Locale.ROOT));
      long[] c = byFormat.computeIfAbsent(f, k -> new long[2]);
      c[0]++;
      c[1] += bytes[i];
    }
    System.out.printf("%n%d documents (seed %d) in %.1f s%n%n", count, seed, seconds);
    System.out.println("| format | files | MB |");
    System.out.println("|---|---:|---:|");
    byFormat.forEach(
        (f, c) -> System.out.printf("| %s | %d | %.1f |%n", f.extension(), c[0], c[1] / 1e6));
  }
}
