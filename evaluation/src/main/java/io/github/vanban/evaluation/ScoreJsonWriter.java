package io.github.vanban.evaluation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Writes a {@link Score} as one JSON object (docs/OUTPUT.md, {@code vanban eval --json}): per
 * category precision, recall, F1 and counts; header accuracy by field; attribute accuracy; the
 * missing documents; and the same per document. Ratios are rounded to four decimals. Thread-safe.
 */
public final class ScoreJsonWriter {

  private static final JsonFactory FACTORY = new JsonFactory();

  /**
   * Returns the JSON of {@code score}, with each mismatch when {@code verbose}.
   *
   * @param score the scores to write
   * @param verbose whether each document's mismatches are written too
   * @return one JSON object on a single line
   */
  public String write(Score score, boolean verbose) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.writeStartObject();
      writeCounts(g, score.counts());
      writeHeader(g, score.headerFields(), score.header());
      writeAttributes(g, score.attributes());
      g.writeArrayFieldStart("missing");
      for (String m : score.missing()) {
        g.writeString(m);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("documents");
      for (DocumentScore d : score.documents()) {
        writeDocument(g, d, verbose);
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void writeDocument(JsonGenerator g, DocumentScore d, boolean verbose)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("file", d.file());
    g.writeStringField("error", d.error());
    writeCounts(g, d.counts());
    Score one = new Score(java.util.List.of(d));
    writeHeader(g, one.headerFields(), one.header());
    writeAttributes(g, d.attributes());
    if (verbose) {
      g.writeArrayFieldStart("mismatches");
      for (Mismatch m : d.mismatches()) {
        g.writeStartObject();
        g.writeStringField("category", m.category().key());
        g.writeStringField("kind", m.missed() ? "missed" : "extra");
        g.writeStringField("key", m.key());
        g.writeStringField("context", m.context());
        g.writeEndObject();
      }
      g.writeEndArray();
      writeStrings(g, "headerErrors", d.headerErrors());
      writeStrings(g, "attributeErrors", d.attributeErrors());
    }
    g.writeEndObject();
  }

  private static void writeStrings(JsonGenerator g, String name, java.util.List<String> values)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private static void writeCounts(JsonGenerator g, Map<Category, Counts> counts)
      throws IOException {
    for (Map.Entry<Category, Counts> e : counts.entrySet()) {
      Counts c = e.getValue();
      g.writeObjectFieldStart(e.getKey().key());
      g.writeNumberField("precision", round(c.precision()));
      g.writeNumberField("recall", round(c.recall()));
      g.writeNumberField("f1", round(c.f1()));
      g.writeNumberField("tp", c.tp());
      g.writeNumberField("fp", c.fp());
      g.writeNumberField("fn", c.fn());
      g.writeEndObject();
    }
  }

  private static void writeHeader(JsonGenerator g, Map<String, Tally> fields, Tally all)
      throws IOException {
    g.writeObjectFieldStart("header");
    if (all.total() == 0) {
      g.writeNullField("accuracy");
    } else {
      g.writeNumberField("accuracy", round(all.accuracy()));
    }
    g.writeNumberField("right", all.right());
    g.writeNumberField("total", all.total());
    g.writeObjectFieldStart("fields");
    for (Map.Entry<String, Tally> e : fields.entrySet()) {
      g.writeStringField(e.getKey(), e.getValue().right() + "/" + e.getValue().total());
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void writeAttributes(JsonGenerator g, Map<String, Tally> attributes)
      throws IOException {
    g.writeObjectFieldStart("attributes");
    for (Map.Entry<String, Tally> e : attributes.entrySet()) {
      if (e.getValue().total() > 0) {
        g.writeNumberField(e.getKey(), round(e.getValue().accuracy()));
      }
    }
    g.writeEndObject();
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
