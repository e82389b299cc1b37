package io.github.vanban.core.recognize.metric;

import io.github.vanban.core.model.Block;
import io.github.vanban.core.model.BlockType;
import io.github.vanban.core.model.DateMention;
import io.github.vanban.core.model.DateValue;
import io.github.vanban.core.model.Granularity;
import io.github.vanban.core.model.SpanIndex;
import io.github.vanban.core.model.TextSpan;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import io.github.vanban.core.pipeline.Layer;
import io.github.vanban.core.recognize.date.IssueDateLocator;
import io.github.vanban.core.recognize.date.IssueLineLayer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a document says about its own time: its issue date (header or place-and-date line; a draft
 * that leaves the day blank gives the last day of its month), the latest day it mentions (a lower
 * bound of when it was written), its reporting period, and the dated headings that introduce lists
 * of targets.
 *
 * <p>The reporting period is the date value mentioned most often (a day, month, quarter or half
 * counting for its year) among those that do not start after the document was written and are
 * neither the base of a comparison nor the date of a cited document; on a tie, the one ending
 * later, then the longer.
 *
 * <p>A dated heading scopes what stands under it, until the next one: a heading line holding a date
 * ({@code I. Tình hình thực hiện nhiệm vụ 6 tháng đầu năm 2017}, {@code Một số chỉ tiêu chủ yếu đến
 * năm 2030}), or a line, list item or paragraph that opens with a date and a colon ({@code - Đến
 * năm 2020: Phấn đấu toàn tỉnh có ...}). Immutable and thread-safe.
 */
final class DocumentPeriods {

  private static final int MAX_HEADING = 120;
  private static final int MAX_OPENER_LEAD = 16;
  private static final int DRAFT_WINDOW = 40;
  private static final int COMPARISON_WINDOW = 20;
  private static final int CITATION_WINDOW = 40;
  private static final List<String> TARGET_HEADING_WORDS =
      List.of(
          "chỉ tiêu", "mục tiêu", "kế hoạch", "phương hướng", "nhiệm vụ", "định hướng", "phấn đấu");
  private static final List<String> DEADLINE_WORDS =
      List.of("đến ngày", "trước ngày", "từ ngày", "hết ngày", "đến hết ngày", "chậm nhất");

  private record Heading(TextSpan span, DateValue value, boolean target) {}

  /** What may stand before an opening date on its line: a list mark and a word such as Đến. */
  private static final Pattern OPENER_LEAD =
      Pattern.compile(
          "\\s*(?:[-+•*–]|[a-zđ0-9]{1,3}[.)]|[IVX]{1,4}\\.)?\\s*(?:(?:đến|tới|trong|cuối|đầu)\\s+)?",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private final LocalDate issued;
  private final LocalDate latestDay;
  private final DateValue reporting;
  private final List<Heading> headings;

  private DocumentPeriods(AnalyzedDocument doc) {
    this.issued = issueDate(doc);
    this.latestDay = latestDay(doc);
    this.reporting = reportingPeriod(doc.text(), doc.dates(), reference());
    this.headings = headings(doc);
  }

  /** Reads the periods of an analysed document with dates, the joined text and the issue line. */
  static DocumentPeriods of(AnalyzedDocument doc) {
    return new DocumentPeriods(doc);
  }

  /** Returns the issue date, or {@code null} when the document states none. */
  LocalDate issued() {
    return issued;
  }

  /** Returns the issue date, else the latest day mentioned, else {@code null}. */
  LocalDate reference() {
    return issued != null ? issued : latestDay;
  }

  /**
   * Returns the period a figure at {@code offset} without a date of its own belongs to: that of the
   * nearest dated heading before it when the heading names a target or narrows the reporting period
   * ({@code 6 tháng đầu năm 2017} in a report on 2017), else the reporting period.
   */
  DateValue inherited(int offset) {
    for (int k = headings.size() - 1; k >= 0; k--) {
      Heading h = headings.get(k);
      if (h.span().end() <= offset) {
        return h.target() || narrows(h.value()) ? h.value() : reporting;
      }
    }
    return reporting;
  }

  private boolean narrows(DateValue value) {
    return reporting == null || reporting.contains(value);
  }

  /** Returns the reporting period, or {@code null}. */
  DateValue reporting() {
    return reporting;
  }

  private static LocalDate issueDate(AnalyzedDocument doc) {
    if (doc.layers().contains(Layer.HEADER) && doc.header() != null) {
      DateValue issued = doc.header().issued();
      if (issued != null && issued.granularity() == Granularity.DAY) {
        return issued.start();
      }
    }
    Optional<IssueDateLocator.IssueLine> line = doc.get(IssueLineLayer.ISSUE_LINE);
    if (line.isEmpty()) {
      return null;
    }
    if (line.get().date() != null) {
      return line.get().date().date().start();
    }
    int after = line.get().placeSpan().end();
    return doc.dates().stream()
        .filter(d -> d.span().start() >= after && d.span().start() <= after + DRAFT_WINDOW)
        .filter(d -> d.granularity() == Granularity.MONTH)
        .findFirst()
        .map(d -> d.date().end())
        .orElse(null);
  }

  private static LocalDate latestDay(AnalyzedDocument doc) {
    LocalDate latest = null;
    for (DateMention d : doc.dates()) {
      if (d.granularity() == Granularity.DAY && !deadline(doc.text(), d.span().start())) {
        LocalDate day = d.date().start();
        if (latest == null || day.isAfter(latest)) {
          latest = day;
        }
      }
    }
    return latest;
  }

  private static boolean deadline(String text, int start) {
    String before = text.substring(Math.max(0, start - 16), start).toLowerCase(Locale.ROOT).strip();
    String withDay = before.endsWith("ngày") ? before : before + " ngày";
    return DEADLINE_WORDS.stream().anyMatch(w -> withDay.endsWith(w) || before.endsWith(w));
  }

  /** A base of comparison ({@code so với năm 2020}) is not what the document reports on. */
  private static boolean comparisonBase(String text, int start) {
    String before = CueKey.of(text.substring(Math.max(0, start - COMPARISON_WINDOW), start));
    return before.contains("so với") || before.endsWith(" so ");
  }

  /** The date of a cited document is not what the document reports on. */
  private static boolean cited(String text, int start) {
    int from = Math.max(0, start - CITATION_WINDOW);
    return SentenceDates.citation(CueKey.of(text.substring(from, start)), 0, start - from);
  }

  private static DateValue reportingPeriod(
      String text, List<DateMention> dates, LocalDate reference) {
    Map<DateValue, Integer> counts = new HashMap<>();
    for (DateMention d : dates) {
      if (comparisonBase(text, d.span().start()) || cited(text, d.span().start())) {
        continue;
      }
      DateValue v =
          d.granularity() == Granularity.YEAR || d.granularity() == Granularity.PERIOD
              ? d.date()
              : DateValue.year(d.date().start().getYear());
      if (reference == null || !v.start().isAfter(reference)) {
        counts.merge(v, 1, Integer::sum);
      }
    }
    return counts.entrySet().stream()
        .max(
            Comparator.comparingInt((Map.Entry<DateValue, Integer> e) -> e.getValue())
                .thenComparing(e -> e.getKey().end())
                .thenComparing(e -> e.getKey().start(), Comparator.reverseOrder()))
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  private List<Heading> headings(AnalyzedDocument doc) {
    List<Heading> out = new ArrayList<>();
    SpanIndex<DateMention> dates = SpanIndex.of(doc.dates(), DateMention::span);
    for (TextSpan span : headingSpans(doc)) {
      Optional<DateMention> d =
          dates.startingFrom(span.start()).filter(m -> span.contains(m.span()));
      if (d.isPresent() && !cited(doc, d.get())) {
        out.add(new Heading(span, d.get().date(), targetWords(doc.text(), span)));
      }
    }
    out.addAll(openers(doc));
    out.sort(Comparator.comparingInt(h -> h.span().start()));
    return out;
  }

  /** The start of the line holding {@code pos} when it lies within a few characters, else -1. */
  private static int lineStart(String text, int pos) {
    for (int i = pos - 1; i >= Math.max(0, pos - MAX_OPENER_LEAD); i--) {
      if (text.charAt(i) == '\n') {
        return i + 1;
      }
    }
    return pos <= MAX_OPENER_LEAD ? 0 : -1;
  }

  private static boolean cited(AnalyzedDocument doc, DateMention d) {
    return cited(doc.text(), d.span().start()) || comparisonBase(doc.text(), d.span().start());
  }

  /**
   * Lines that open with a date and a colon after an optional list mark ({@code - Đến năm 2020:},
   * {@code b) Năm 2025:}): they scope the lines under them like a heading. The opener is a target
   * when its line names one or its period starts after the document was written.
   */
  private List<Heading> openers(AnalyzedDocument doc) {
    String text = doc.text();
    List<Heading> out = new ArrayList<>();
    for (DateMention d : doc.dates()) {
      int lineStart = lineStart(text, d.span().start());
      if (lineStart < 0
          || !OPENER_LEAD.matcher(text.substring(lineStart, d.span().start())).matches()) {
        continue;
      }
      int colon = d.span().end();
      while (colon < text.length() && colon - d.span().end() < 3 && text.charAt(colon) == ' ') {
        colon++;
      }
      if (colon < text.length() && text.charAt(colon) == ':') {
        int lineEnd = text.indexOf('\n', colon);
        TextSpan line = new TextSpan(lineStart, lineEnd < 0 ? text.length() : lineEnd);
        boolean future = reference() != null && d.date().start().isAfter(reference());
        out.add(
            new Heading(
                new TextSpan(lineStart, colon + 1), d.date(), future || targetWords(text, line)));
      }
    }
    return out;
  }

  /** HEADING blocks, and short lines of the text outside tables once soft breaks are joined. */
  private static List<TextSpan> headingSpans(AnalyzedDocument doc) {
    String text = doc.get(Layer.JOINED_TEXT);
    List<TextSpan> tables = new ArrayList<>();
    List<TextSpan> spans = new ArrayList<>();
    for (Block b : doc.blocks()) {
      if (b.type() == BlockType.HEADING) {
        spans.add(b.span());
      } else if (b.type() == BlockType.TABLE) {
        tables.add(b.span());
      }
    }
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        TextSpan line = new TextSpan(start, i);
        if (headingLike(text, line) && tables.stream().noneMatch(t -> t.contains(line))) {
          spans.add(line);
        }
        start = i + 1;
      }
    }
    spans.sort(Comparator.comparingInt(TextSpan::start));
    return spans;
  }

  /** A short line without a closing mark, such as a heading. */
  private static boolean headingLike(String text, TextSpan span) {
    String s = span.of(text).strip();
    return !s.isEmpty()
        && s.length() <= MAX_HEADING
        && ".;:,".indexOf(s.charAt(s.length() - 1)) < 0;
  }

  private static boolean targetWords(String text, TextSpan span) {
    String key = CueKey.of(span.of(text));
    return TARGET_HEADING_WORDS.stream().anyMatch(key::contains);
  }
}
