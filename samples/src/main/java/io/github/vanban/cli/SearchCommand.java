package io.github.vanban.cli;

import io.github.vanban.search.SearchBackend;
import io.github.vanban.search.query.SearchHit;
import io.github.vanban.search.query.SearchQuery;
import io.github.vanban.search.query.SearchResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vanban search "kinh te di san"}: ranked documents with highlighted snippets and facet
 * counts; Lucene query syntax, with or without diacritics. A hit's line ends with where its
 * snippet's matches stand in the document's structure ({@code Điều 2, khoản 2}), when they do.
 */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Search the documents' text; diacritics are optional: kinh te di san finds kinh tế di sản.",
      "Every word is required; Lucene syntax works: OR, -word, \"phrase\", prefix*, title:,"
          + " issuer:, section:\"Điều 5\" (a heading of the document's structure), type:, number:,"
          + " cites:, year:[2020 TO 2024], format:pdf, date:2024-Q4 (dates the text mentions)."
    })
final class SearchCommand extends QueryCommand {

  private static final String BOLD = "\u001B[1m";
  private static final String PLAIN = "\u001B[0m";

  /** C0 and C1 control characters and DEL, as they stand in a snippet's (escaped) text. */
  private static final Pattern CONTROLS = Pattern.compile("[\\x00-\\x1F\\x7F-\\x9F]");

  @Parameters(paramLabel = "QUERY", description = "The query.")
  String text;

  @Option(names = "--type", description = "Only documents of this type: NQ, QĐ, BC, TTr...")
  String type;

  @Option(names = "--issuer", description = "Only documents whose issuer has these words.")
  String issuer;

  @Option(
      names = "--from",
      paramLabel = "DATE",
      converter = PeriodConverters.FirstDay.class,
      description = "Only documents issued on or after DATE (2024, 2024-07, 2024-07-10).")
  LocalDate from;

  @Option(
      names = "--to",
      paramLabel = "DATE",
      converter = PeriodConverters.LastDay.class,
      description = "Only documents issued on or before DATE (2024 means its end).")
  LocalDate to;

  @Option(
      names = {"-n", "--limit"},
      defaultValue = "10",
      description = "How many documents to show (default ${DEFAULT-VALUE}).")
  int limit;

  @Option(
      names = "--offset",
      paramLabel = "N",
      defaultValue = "0",
      description = "Skip the N best documents: the next page (default ${DEFAULT-VALUE}).")
  int offset;

  @Option(
      names = "--csv",
      description =
          "Print CSV (RFC 4180, a header row, then one row per document, the snippet as plain"
              + " text) instead of the list.")
  boolean csv;

  @Override
  int query(SearchBackend opened, PrintWriter out) throws IOException {
    if (json && csv) {
      throw new IllegalArgumentException("--json and --csv exclude each other");
    }
    SearchResult r = opened.search(new SearchQuery(text, type, issuer, from, to, limit, offset));
    if (json) {
      out.println(writer.write(r));
      return VanbanCommand.OK;
    }
    if (csv) {
      printCsv(out, r);
      return VanbanCommand.OK;
    }
    out.println(r.total() + (r.total() == 1 ? " document matches" : " documents match"));
    int rank = offset;
    boolean terminal = System.console() != null;
    for (SearchHit h : r.hits()) {
      out.printf(
          "%n%2d. %s  (%.2f)%s%n",
          ++rank, h.source(), h.score(), h.where() == null ? "" : "  " + h.where());
      out.println("    " + describe(h));
      out.println("    " + terminalText(h.snippet(), terminal));
    }
    if (!r.facets().isEmpty()) {
      out.println();
      r.facets().forEach((dim, counts) -> out.println(dim + ": " + join(counts)));
    }
    return VanbanCommand.OK;
  }

  private static void printCsv(PrintWriter out, SearchResult r) {
    out.print(
        Csv.row(
            List.of("rank", "source", "score", "number", "type", "issued", "title", "snippet")));
    int rank = 0;
    for (SearchHit h : r.hits()) {
      out.print(
          Csv.row(
              Arrays.asList(
                  ++rank,
                  h.source(),
                  h.score(),
                  h.number(),
                  h.type(),
                  h.issued(),
                  h.title(),
                  terminalText(h.snippet(), false))));
    }
  }

  private static String describe(SearchHit h) {
    StringBuilder s = new StringBuilder();
    if (h.number() != null) {
      s.append(h.number()).append("  ");
    }
    if (h.issued() != null) {
      s.append(h.issued()).append("  ");
    }
    return s.append(h.title() == null ? "" : h.title()).toString();
  }

  /**
   * Turns an HTML snippet into terminal text: bold marks on a terminal, none elsewhere. Control
   * characters of the document (an escape sequence that would drive the terminal) are dropped
   * before the marks are added.
   */
  static String terminalText(String html, boolean terminal) {
    String marked =
        CONTROLS
            .matcher(html)
            .replaceAll("")
            .replace("<b>", terminal ? BOLD : "")
            .replace("</b>", terminal ? PLAIN : "");
    return marked
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }

  private static String join(Map<String, Integer> counts) {
    return counts.entrySet().stream()
            .limit(12)
            .map(e -> e.getKey() + " " + e.getValue())
            .collect(Collectors.joining(" · "))
        + (counts.size() > 12 ? " · …" : "");
  }
}
