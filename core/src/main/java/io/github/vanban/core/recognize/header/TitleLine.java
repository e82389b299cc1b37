package io.github.vanban.core.recognize.header;

import io.github.vanban.core.model.TextSpan;
import java.util.AbstractList;
import java.util.List;
import java.util.Optional;

/**
 * The title line of a header ({@code NGHỊ QUYẾT}, {@code QUYẾT ĐỊNH CỦA ...}), or a line where the
 * subject runs on after the title ({@code NGHỊ QUYẾT VỀ ...}, or an OCR line {@code NGHỊ QUYẾT Về
 * nhiệm vụ ...}). Immutable and thread-safe.
 *
 * @param index the line's index, -1 when there is no title line
 * @param title the title phrase in upper case, {@code null} when there is none
 * @param subjectStart where the subject starts inside the line, -1 when it starts on the next line
 */
record TitleLine(int index, String title, int subjectStart) {

  private static final TitleLine NONE = new TitleLine(-1, null, -1);

  /** Finds the first title line among the first {@code top} lines. */
  static TitleLine find(List<HeaderLine> lines, int top) {
    for (int i = 0; i < top; i++) {
      HeaderLine line = lines.get(i);
      Optional<String> before = DocumentTitles.titleBeforeText(line.text());
      if (before.isPresent()) {
        return new TitleLine(i, before.get(), before.get().length() + 1);
      }
      String upper = line.upper();
      Optional<String> whole = DocumentTitles.title(upper);
      if (whole.isPresent()) {
        boolean about = upper.startsWith(whole.get() + " VỀ ");
        return new TitleLine(i, whole.get(), about ? whole.get().length() + 1 : -1);
      }
    }
    return NONE;
  }

  /**
   * Finds, among the first {@code top} lines, an upper-case line that opens with the title of the
   * number's type and goes on with the subject ({@code BÁO CÁO CÔNG TÁC PHÒNG, CHỐNG THAM NHŨNG}
   * under {@code Số: 115/BC-KCN}).
   *
   * @param typeCode the type abbreviation of the header's number, or {@code null}
   * @return the title line with its subject starting after the title, or one whose index is -1
   */
  static TitleLine opening(List<HeaderLine> lines, int top, String typeCode) {
    if (typeCode == null) {
      return NONE;
    }
    for (int i = 0; i < top; i++) {
      HeaderLine line = lines.get(i);
      if (line.isBlank() || line.isMotto() || !line.isUpperCase()) {
        continue;
      }
      Optional<String> title = DocumentTitles.titleOpening(line.upper(), typeCode);
      if (title.isPresent()) {
        return new TitleLine(i, title.get(), title.get().length() + 1);
      }
    }
    return NONE;
  }

  /**
   * Returns the lines the subject is read from: the rest of the title line, then the next. A view
   * of {@code lines}, which it reads only where asked.
   */
  List<HeaderLine> subjectLines(List<HeaderLine> lines) {
    List<HeaderLine> rest = lines.subList(index + 1, lines.size());
    if (subjectStart < 0) {
      return rest;
    }
    HeaderLine line = lines.get(index);
    int start = line.span().start() + subjectStart;
    HeaderLine first =
        new HeaderLine(line.text().substring(subjectStart), new TextSpan(start, line.span().end()));
    return new AbstractList<>() {
      @Override
      public HeaderLine get(int i) {
        return i == 0 ? first : rest.get(i - 1);
      }

      @Override
      public int size() {
        return rest.size() + 1;
      }
    };
  }
}
