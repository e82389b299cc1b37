package io.github.vanban.core.recognize.header;

import io.github.vanban.core.model.Header;
import io.github.vanban.core.model.TextSpan;
import io.github.vanban.core.recognize.date.IssueDateLocator;
import io.github.vanban.core.segment.SentenceSegmenter;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the header of an official document (EXTRACTION.md section 5): number, type and type name,
 * issuer and its parent, place and date of issue, subject, signer and signer's title.
 *
 * <p>Steps: find the {@code Số:} line among the first {@value #TOP_LINES} lines (without one, the
 * text is not an official document and has no header); find the title line ({@code NGHỊ QUYẾT});
 * read the issuer from the upper-case lines above the title, ignoring the right column's motto
 * wherever the extractor put it; find the place-and-date line with an {@link IssueDateLocator};
 * read the subject after the title or from a Công văn's {@code V/v} line; read the signature block
 * at the end. The order of the header's lines does not matter: a PDF gives the left column then the
 * right one, a DOCX table cell by cell, a text file either.
 *
 * <p>The type is the abbreviation in the number; a number without a known type (a Công văn: {@code
 * 644/TTXT-ĐTDN}) gives {@code CV}, unless a title line names another type. A draft's blank serial
 * gives a {@code null} number and keeps the type.
 *
 * <p>The header's own number is not a reference: {@link #numberSpan(String)} gives where it stands
 * so that a reference recogniser can leave it out.
 *
 * <p>Never throws on strange text. Immutable and thread-safe.
 */
public final class HeaderRecognizer {

  /** How many lines from the top hold the header. */
  public static final int TOP_LINES = 40;

  private final IssueDateLocator issueDates = new IssueDateLocator();

  /**
   * Returns where the header's own number stands in {@code text} ({@code 205/NQ-HĐND} in {@code Số:
   * 205/NQ-HĐND}), found as {@link #recognize} finds it.
   *
   * @param text the document text
   * @return the span of the number as written, or empty when the text has no {@code Số:} line
   */
  public static Optional<TextSpan> numberSpan(String text) {
    return NumberLine.find(HeaderLine.split(text), TOP_LINES).map(NumberLine::span);
  }

  /**
   * Reads the header of {@code text}, segmenting its sentences itself.
   *
   * @param text the document text, normally NFC-normalised
   * @return the header, or empty when the text is not an official document
   */
  public Optional<Header> recognize(String text) {
    return recognize(text, new SentenceSegmenter().split(text));
  }

  /**
   * Reads the header of {@code text}.
   *
   * @param text the document text, normally NFC-normalised
   * @param sentences its sentence spans, in order
   * @return the header, or empty when the text is not an official document
   */
  public Optional<Header> recognize(String text, List<TextSpan> sentences) {
    Objects.requireNonNull(text, "text");
    List<HeaderLine> lines = HeaderLine.split(text);
    Optional<NumberLine> number = NumberLine.find(lines, TOP_LINES);
    if (number.isEmpty()) {
      return Optional.empty();
    }
    int top = Math.min(TOP_LINES, lines.size());
    int title = titleLine(lines, top);
    int letter = SubjectBlock.letterSubjectLine(lines, top);
    IssuerBlock issuer =
        IssuerBlock.read(
            lines.subList(0, issuerEnd(title, letter, top)), skipped(lines, number.get()));
    if (issuer == null && title < 0) {
      return Optional.empty();
    }
    Optional<IssueDateLocator.IssueLine> issue = issueDates.locate(text, sentences);
    String subject = SubjectBlock.read(lines, letter >= 0 ? letter : title + 1);
    SignatureBlock signature = SignatureBlock.read(lines);
    String[] type = type(number.get(), title < 0 ? null : lines.get(title).upper(), letter >= 0);
    return Optional.of(
        new Header(
            number.get().number(),
            type[0],
            type[1],
            issuer == null ? null : issuer.issuer(),
            issuer == null ? null : issuer.parent(),
            issue.map(IssueDateLocator.IssueLine::place).orElse(null),
            issue.map(IssueDateLocator.IssueLine::date).map(d -> d.value()).orElse(null),
            title < 0 && letter < 0 ? null : subject,
            signature == null ? null : signature.signer(),
            signature == null ? null : signature.title()));
  }

  private static int titleLine(List<HeaderLine> lines, int top) {
    for (int i = 0; i < top; i++) {
      if (DocumentTypes.isTitle(lines.get(i).upper())) {
        return i;
      }
    }
    return -1;
  }

  private static int issuerEnd(int title, int letter, int top) {
    int end = top;
    if (title >= 0) {
      end = Math.min(end, title);
    }
    if (letter >= 0) {
      end = Math.min(end, letter);
    }
    return end;
  }

  /** The lines of the number (and of a code stamped apart) are not part of the issuer. */
  private static Set<Integer> skipped(List<HeaderLine> lines, NumberLine number) {
    Set<Integer> skip = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      TextSpan span = lines.get(i).span();
      if (span.overlaps(number.span()) || lines.get(i).text().startsWith("/")) {
        skip.add(i);
      }
    }
    return skip;
  }

  /** Returns the type abbreviation and name: from the number, else the title, else Công văn. */
  private static String[] type(NumberLine number, String title, boolean letter) {
    String code = number.typeCode();
    if (code == null && title != null && !letter) {
      code = DocumentTypes.codeOfTitle(title).orElse(null);
    }
    if (code == null && (letter || title == null)) {
      return new String[] {DocumentTypes.OFFICIAL_LETTER, DocumentTypes.OFFICIAL_LETTER_NAME};
    }
    String name =
        title != null ? DocumentTypes.titleName(title) : DocumentTypes.name(code).orElse(null);
    return new String[] {code, name};
  }
}
