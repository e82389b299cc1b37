package io.github.vanban.cli;

import io.github.vanban.core.model.Header;
import io.github.vanban.search.SearchBackend;
import io.github.vanban.search.query.Citation;
import io.github.vanban.search.query.DocumentSummary;
import io.github.vanban.search.query.NumberResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code vanban number 205/nq-hdnd}: the document with that number, in any spelling, and every
 * indexed document citing it, with the relation and the citing sentence.
 */
@Command(
    name = "number",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Find a document by its number and every document that cites it.",
      "Case, Đ/D, spaces, dash variants and the serial's leading zeros do not matter:",
      "205/nq-hdnd finds 205/NQ-HĐND, 6-nq/tu finds 06-NQ/TU."
    })
final class NumberCommand extends QueryCommand {

  private static final int SNIPPET_WIDTH = 100;

  @Parameters(paramLabel = "NUMBER", description = "A document number, such as 205/NQ-HĐND.")
  String number;

  @Override
  int query(SearchBackend opened, PrintWriter out) throws IOException {
    NumberResult r = opened.number(number);
    if (json) {
      out.println(writer.write(r));
      return VanbanCommand.OK;
    }
    if (r.number() == null) {
      out.println("No document numbered " + number + " and no citation of it.");
      return VanbanCommand.OK;
    }
    out.println(r.number());
    printDocuments(out, r.documents());
    printCitations(out, r.citedBy());
    return VanbanCommand.OK;
  }

  private static void printDocuments(PrintWriter out, List<DocumentSummary> documents) {
    if (documents.isEmpty()) {
      out.println("Document: not indexed");
      return;
    }
    out.println("Document" + (documents.size() > 1 ? "s (" + documents.size() + ")" : ""));
    Table t = new Table(List.of("SOURCE", "TYPE", "ISSUED", "ISSUER", "TITLE"), 50, 6, 10, 45, 70);
    for (DocumentSummary d : documents) {
      Header h = d.header();
      t.row(d.source(), h.type(), h.issuedText(), h.issuer(), d.title());
    }
    t.print(out, "  ");
  }

  private static void printCitations(PrintWriter out, List<Citation> citations) {
    out.println(
        "Cited by " + citations.size() + (citations.size() == 1 ? " document" : " documents"));
    if (citations.isEmpty()) {
      return;
    }
    Table t =
        new Table(List.of("SOURCE", "NUMBER", "RELATION", "SNIPPET"), 50, 20, 11, SNIPPET_WIDTH);
    for (Citation c : citations) {
      t.row(c.source(), c.number(), c.relation().name(), around(c.snippet(), c.mention()));
    }
    t.print(out, "  ");
  }

  /** Returns the snippet starting early enough for {@code mention} to show in the column. */
  static String around(String snippet, String mention) {
    int at = snippet.indexOf(mention);
    if (at < 0 || at + mention.length() < SNIPPET_WIDTH - 10) {
      return snippet;
    }
    int from = snippet.lastIndexOf(' ', Math.max(0, at - SNIPPET_WIDTH / 3)) + 1;
    return "…" + snippet.substring(from);
  }
}
