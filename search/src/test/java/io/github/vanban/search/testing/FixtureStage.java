package io.github.vanban.search.testing;

import io.github.vanban.core.model.DateValue;
import io.github.vanban.core.model.DocumentNumber;
import io.github.vanban.core.model.Figure;
import io.github.vanban.core.model.FigureKind;
import io.github.vanban.core.model.Header;
import io.github.vanban.core.model.Metric;
import io.github.vanban.core.model.MetricStatus;
import io.github.vanban.core.model.Qualifier;
import io.github.vanban.core.model.Relation;
import io.github.vanban.core.model.TextSpan;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import io.github.vanban.core.pipeline.Layer;
import io.github.vanban.core.pipeline.Stage;
import io.github.vanban.core.recognize.structure.StructureLayer;
import io.github.vanban.core.recognize.structure.StructurePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for the recognisers in index and query tests, so they test the index and not the
 * recognisers: reads a header from {@code Số:}, {@code Cơ quan:}, {@code Ngày:} and {@code Trích
 * yếu:} lines, references from numbers like {@code 205/NQ-HĐND}, and FDI metrics from sentences
 * like {@code Thu hút FDI đạt trên 2,8 tỷ USD năm 2024} (the period may be a quarter, {@code
 * 2024-Q4}, a span, {@code 2021/2025}, or missing).
 */
public final class FixtureStage implements Stage {

  private static final Pattern NUMBER =
      Pattern.compile("\\d+(?:/\\d{4})?/[\\p{L}]+-[\\p{L}]+|\\d+-[\\p{L}]+/[\\p{L}]+");
  private static final Pattern METRIC =
      Pattern.compile(
          "Thu hút FDI (đạt|phấn đấu đạt|ước đạt) (trên )?(\\d+(?:,\\d+)?) tỷ USD"
              + "(?: năm (\\d{4}(?:-Q[1-4]|/\\d{4})?))?");

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.SENTENCES);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.HEADER, Layer.REFERENCES, Layer.METRICS);
  }

  @Override
  public AnalyzedDocument apply(AnalyzedDocument doc) {
    Header header = header(doc.text());
    return doc.withHeader(header).withReferences(references(doc, header)).withMetrics(metrics(doc));
  }

  private static Header header(String text) {
    String number = line(text, "Số:");
    if (number == null) {
      return null;
    }
    String type = number.replaceAll("^\\d+(?:/\\d{4})?/", "").replaceAll("-.*$", "");
    return new Header(
        number,
        type,
        type.equals("NQ") ? "Nghị quyết" : "Báo cáo",
        line(text, "Cơ quan:"),
        null,
        "Quảng Ninh",
        DateValue.tryParse(line(text, "Ngày:")).orElse(null),
        line(text, "Trích yếu:"),
        null,
        null);
  }

  private static String line(String text, String label) {
    for (String l : text.split("\n")) {
      if (l.startsWith(label)) {
        return l.substring(label.length()).strip();
      }
    }
    return null;
  }

  private static List<DocumentNumber> references(AnalyzedDocument doc, Header header) {
    List<DocumentNumber> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(doc.text());
    while (m.find()) {
      if (header != null && m.group().equals(header.number())) {
        continue;
      }
      String sentence = doc.sentenceAt(m.start()).of(doc.text()).strip();
      Relation relation =
          sentence.startsWith("Căn cứ")
              ? Relation.BASED_ON
              : sentence.contains("sửa đổi") ? Relation.AMENDS : Relation.MENTIONS;
      out.add(
          new DocumentNumber(
              m.group(),
              new TextSpan(m.start(), m.end()),
              m.group(),
              null,
              null,
              "Nghị quyết",
              null,
              relation));
    }
    return out;
  }

  private static List<Metric> metrics(AnalyzedDocument doc) {
    List<Metric> out = new ArrayList<>();
    Matcher m = METRIC.matcher(doc.text());
    while (m.find()) {
      double value = Double.parseDouble(m.group(3).replace(',', '.')) * 1e9;
      TextSpan span = new TextSpan(m.start(), m.end());
      Figure figure =
          new Figure(
              m.group(),
              span,
              FigureKind.MONEY,
              value,
              null,
              "USD",
              null,
              m.group(2) == null ? null : Qualifier.MORE_THAN,
              null,
              null);
      MetricStatus status =
          m.group(1).startsWith("phấn")
              ? MetricStatus.TARGET
              : m.group(1).startsWith("ước") ? MetricStatus.ESTIMATE : MetricStatus.ACTUAL;
      out.add(
          new Metric(
              m.group(),
              span,
              "fdi",
              "Thu hút FDI",
              figure,
              m.group(4) == null ? null : DateValue.parse(m.group(4)),
              status,
              null,
              doc.sentenceAt(m.start()).of(doc.text()).strip(),
              StructurePath.of(doc.get(StructureLayer.STRUCTURE), span).orElse(null)));
    }
    return out;
  }
}
