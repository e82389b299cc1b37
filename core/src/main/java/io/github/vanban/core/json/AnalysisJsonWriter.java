package io.github.vanban.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.vanban.core.model.DateMention;
import io.github.vanban.core.model.DocumentNumber;
import io.github.vanban.core.model.Figure;
import io.github.vanban.core.model.Metric;
import io.github.vanban.core.model.TextSpan;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import java.io.IOException;

/**
 * Writes analysed documents as the JSON Lines of OUTPUT.md: one object per document on one line.
 *
 * <p>Field names and order follow OUTPUT.md; absent values are {@code null}. Immutable and
 * thread-safe.
 */
public final class AnalysisJsonWriter {

  /**
   * Returns the JSON line (without line break) for a document read from {@code source}.
   *
   * @param source how the document is named in the output (a path or a name), written as {@code
   *     source}
   * @param doc the analysed document
   * @return one JSON object in the shape of OUTPUT.md, on a single line
   */
  public String write(String source, AnalyzedDocument doc) {
    return JsonObjects.object(
        g -> {
          g.writeStringField("source", source);
          g.writeStringField("format", doc.metadata().format());
          g.writeNumberField("pages", doc.metadata().pages());
          g.writeNullField("error");
          g.writeArrayFieldStart("warnings");
          for (String w : doc.warnings()) {
            g.writeString(w);
          }
          g.writeEndArray();
          g.writeStringField("text", doc.text());
          JsonObjects.writeHeader(g, doc.header());
          g.writeArrayFieldStart("references");
          for (DocumentNumber r : doc.references()) {
            writeReference(g, r);
          }
          g.writeEndArray();
          g.writeArrayFieldStart("dates");
          for (DateMention d : doc.dates()) {
            writeDate(g, d);
          }
          g.writeEndArray();
          g.writeArrayFieldStart("figures");
          for (Figure f : doc.figures()) {
            g.writeStartObject();
            writeFigureFields(g, f, true);
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeArrayFieldStart("metrics");
          for (Metric m : doc.metrics()) {
            writeMetric(g, m);
          }
          g.writeEndArray();
        });
  }

  /**
   * Returns the JSON line for a file that could not be read: only {@code source} and {@code error}.
   *
   * @param source how the unreadable file is named in the output
   * @param error the reason reading failed, written as {@code error}
   * @return one JSON object on a single line
   */
  public String writeError(String source, String error) {
    return JsonObjects.object(
        g -> {
          g.writeStringField("source", source);
          g.writeStringField("error", error);
        });
  }

  private static void writeReference(JsonGenerator g, DocumentNumber r) throws IOException {
    g.writeStartObject();
    g.writeStringField("number", r.number());
    g.writeStringField("type", r.type());
    g.writeStringField("issuerCode", r.issuerCode());
    g.writeStringField("typeName", r.typeName());
    g.writeStringField("date", r.date());
    g.writeStringField("relation", r.relation().name());
    writeSpan(g, r.text(), r.span());
    g.writeEndObject();
  }

  private static void writeDate(JsonGenerator g, DateMention d) throws IOException {
    g.writeStartObject();
    g.writeStringField("value", d.value());
    g.writeStringField("granularity", d.granularity().name());
    writeSpan(g, d.text(), d.span());
    g.writeEndObject();
  }

  private static void writeFigureFields(JsonGenerator g, Figure f, boolean full)
      throws IOException {
    g.writeStringField("kind", f.kind().name());
    g.writeNumberField("value", f.value());
    if (f.max() == null) {
      g.writeNullField("max");
    } else {
      g.writeNumberField("max", f.max());
    }
    g.writeStringField("unit", f.unit());
    if (full) {
      g.writeStringField("per", f.per());
    }
    g.writeStringField("qualifier", f.qualifier() == null ? null : f.qualifier().name());
    if (full) {
      if (f.numerator() != null) {
        g.writeNumberField("numerator", f.numerator());
        g.writeNumberField("denominator", f.denominator());
      }
      writeSpan(g, f.text(), f.span());
    }
  }

  private static void writeMetric(JsonGenerator g, Metric m) throws IOException {
    g.writeStartObject();
    g.writeStringField("indicator", m.indicator());
    g.writeStringField("label", m.label());
    g.writeObjectFieldStart("figure");
    writeFigureFields(g, m.figure(), false);
    g.writeEndObject();
    g.writeStringField("period", m.period());
    g.writeStringField("status", m.status() == null ? null : m.status().name());
    g.writeStringField("comparison", m.comparison());
    g.writeStringField("sentence", m.sentence());
    writeSpan(g, m.text(), m.span());
    g.writeEndObject();
  }

  private static void writeSpan(JsonGenerator g, String text, TextSpan span) throws IOException {
    g.writeStringField("text", text);
    g.writeNumberField("start", span.start());
    g.writeNumberField("end", span.end());
  }
}
