package io.github.vanban.extract.office;

import io.github.vanban.extract.legacy.LegacyEncodings;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Converts legacy-encoded text that no font name gave away: a document set in a TCVN3 or VNI font
 * with an unknown name ({@code VNSTCVN3}), or runs whose font was lost. When the document's text as
 * a whole reads as TCVN3 or VNI ({@link LegacyEncodings#guess}), its lines are repaired one by one
 * ({@link LegacyEncodings#repair}), which leaves Unicode lines and words untouched and so also
 * fixes files that mix both encodings.
 *
 * <p>Stateless and thread-safe.
 */
final class LegacyTextFallback {

  private LegacyTextFallback() {}

  /** Returns {@code parts} with their legacy-encoded lines converted, or {@code parts} itself. */
  static List<WordPart> apply(List<WordPart> parts) {
    List<String> texts = new ArrayList<>();
    for (WordPart part : parts) {
      if (part instanceof WordPart.Paragraph p) {
        texts.add(p.text());
      } else if (part instanceof WordPart.Table t) {
        t.rows().forEach(texts::addAll);
      }
    }
    String joined = String.join("\n", texts);
    if (LegacyEncodings.guess(joined).isEmpty()) {
      return parts;
    }
    String[] lines = LegacyEncodings.repair(joined).split("\n", -1);
    if (lines.length != joined.split("\n", -1).length) {
      return parts;
    }
    return rebuild(parts, texts, lines);
  }

  /** Returns {@code text} repaired when it reads as legacy-encoded (document properties). */
  static String apply(String text) {
    if (text == null || LegacyEncodings.guess(text).isEmpty()) {
      return text;
    }
    return LegacyEncodings.repair(text);
  }

  private static List<WordPart> rebuild(List<WordPart> parts, List<String> texts, String[] lines) {
    List<String> repaired = new ArrayList<>();
    int next = 0;
    for (String text : texts) {
      int count = text.split("\n", -1).length;
      repaired.add(String.join("\n", java.util.Arrays.asList(lines).subList(next, next + count)));
      next += count;
    }
    Iterator<String> it = repaired.iterator();
    List<WordPart> out = new ArrayList<>();
    for (WordPart part : parts) {
      if (part instanceof WordPart.Paragraph p) {
        out.add(new WordPart.Paragraph(it.next(), p.headingLevel(), p.listItem()));
      } else if (part instanceof WordPart.Table t) {
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row : t.rows()) {
          List<String> cells = new ArrayList<>();
          row.forEach(c -> cells.add(it.next()));
          rows.add(cells);
        }
        out.add(new WordPart.Table(rows));
      }
    }
    return out;
  }
}
