package io.github.vanban.core.json.shape;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.vanban.core.model.DateMention;
import io.github.vanban.core.model.DateValue;
import io.github.vanban.core.model.DocumentNumber;
import io.github.vanban.core.model.Figure;
import io.github.vanban.core.model.Metric;
import io.github.vanban.core.model.TextSpan;
import java.io.IOException;
import java.util.List;

/**
 * Writes the arrays of references, dates, figures and metrics in the shapes of OUTPUT.md. Stateless
 * and thread-safe.
 */
public final class MentionJson {

  private MentionJson() {}

  /**
   * Writes the array of cited document numbers.
   *
   * @param g the generator, positioned where a value goes
   * @param references the references in text order
   * @throws IOException when the generator fails
   */
  public static void writeReferences(JsonGenerator g, List<DocumentNumber> references)
      throws IOException {
    g.writeStartArray();
    for (DocumentNumber r : references) {
      g.writeStartObject();
      g.writeStringField("number", r.number());
      g.writeStringField("type", r.type());
      g.writeStringField("issuerCode", r.issuerCode());
      g.writeStringField("typeName", r.typeName());
      g.writeStringField("date", text(r.date()));
      g.writeStringField("relation", r.relation().name());
      writeSpan(g, r.text(), r.span());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /**
   * Writes the array of dates and periods.
   *
   * @param g the generator, positioned where a value goes
   * @param dates the dates in text order
   * @throws IOException when the generator fails
   */
  public static void writeDates(JsonGenerator g, List<DateMention> dates) throws IOException {
    g.writeStartArray();
    for (DateMention d : dates) {
      g.writeStartObject();
      g.writeStringField("value", d.value());
      g.writeStringField("granularity", d.granularity().name());
      writeSpan(g, d.text(), d.span());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /**
   * Writes the array of figures, each with its text and span.
   *
   * @param g the generator, positioned where a value goes
   * @param figures the figures in text order
   * @throws IOException when the generator fails
   */
  public static void writeFigures(JsonGenerator g, List<Figure> figures) throws IOException {
    g.writeStartArray();
    for (Figure f : figures) {
      g.writeStartObject();
      writeFigureFields(g, f, true);
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /**
   * Writes the array of metrics, each with its figure in the short shape and where it stands.
   *
   * @param g the generator, positioned where a value goes
   * @param metrics the metrics in text order
   * @throws IOException when the generator fails
   */
  public static void writeMetrics(JsonGenerator g, List<Metric> metrics) throws IOException {
    g.writeStartArray();
    for (Metric m : metrics) {
      g.writeStartObject();
      g.writeStringField("indicator", m.indicator());
      g.writeStringField("label", m.label());
      g.writeObjectFieldStart("figure");
      writeFigureFields(g, m.figure(), false);
      g.writeEndObject();
      g.writeStringField("period", text(m.period()));
      g.writeStringField("status", m.status() == null ? null : m.status().name());
      g.writeStringField("comparison", text(m.comparison()));
      g.writeStringField("sentence", m.sentence());
      writeSpan(g, m.text(), m.span());
      g.writeStringField("where", m.where());
      g.writeEndObject();
    }
    g.writeEndArray();
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

  /**
   * Writes the {@code text}, {@code start} and {@code end} fields every finding carries.
   *
   * @param g the generator, inside the finding's object
   * @param text the finding's surface text
   * @param span where it stands
   * @throws IOException when the generator fails
   */
  public static void writeSpan(JsonGenerator g, String text, TextSpan span) throws IOException {
    g.writeStringField("text", text);
    g.writeNumberField("start", span.start());
    g.writeNumberField("end", span.end());
  }

  /** The canonical text of a date value, or {@code null} for none. */
  private static String text(DateValue value) {
    return value == null ? null : value.text();
  }
}
