package io.github.vanban.core.recognize.header;

import io.github.vanban.core.model.DateMention;
import io.github.vanban.core.model.DateValue;
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
 * <p>Steps: find the {@code Số:} line among the first {@value #TOP_LINES} lines and the title line
 * ({@code NGHỊ QUYẾT}); without a readable number line, a title among the first {@value
 * #TITLE_LINES} lines with an issuer above it or an authority line after it still makes an official
 * document (an OCR-damaged or stamped number, a copy whose header block was lost), with a {@code
 * null} number; read the issuer from the upper-case lines above the title, ignoring the right
 * column's motto wherever the extractor put it, else from the authority line before the preamble
 * ({@code HỘI ĐỒNG NHÂN DÂN TỈNH GIA LAI}); find the place-and-date line with an {@link
 * IssueDateLocator}; read the subject after the title or from a Công văn's {@code V/v} line; read
 * the signature block at the end. The order of the header's lines does not matter: a PDF gives the
 * left column then the right one, a DOCX table cell by cell, a text file either.
 *
 * <p>The type is the abbreviation in the number; a number without a known type (a Công văn: {@code
 * 644/TTXT-ĐTDN}) gives {@code CV}, unless a title line names another type. A draft's blank serial
 * gives a {@code null} number and keeps the type.
 *
 * <p>The header's own number is not a reference: {@link #numberSpan(String)} gives where it stands,
 * which the {@link HeaderStage} sets as the {@code OWN_NUMBER} layer so that the reference stage
 * can leave it out.
 *
 * <p>Never throws on strange text. Immutable and thread-safe.
 */
public final class HeaderRecognizer {

  /** How many lines from the top hold the header. */
  public static final int TOP_LINES = 40;

  /** How near the top a title must stand to make a header without a number line. */
  private static final int TITLE_LINES = 12;

  private final IssueDateLocator issueDates = new IssueDateLocator();

  /**
   * Returns where the header's own number stands in {@code text} ({@code 205/NQ-HĐND} in {@code Số:
   * 205/NQ-HĐND}), found as {@link #recognize} finds it.
   *
   * @param text the document text
   * @return the span of the number as written, or empty when the text has no {@code Số:} line
   */
  public static Optional<TextSpan> numberSpan(String text) {
    List<HeaderLine> lines = HeaderLine.split(text);
    Optional<NumberLine> number = NumberLine.find(lines, TOP_LINES);
    if (number.isPresent()) {
      return number.map(NumberLine::span);
    }
    return annexNumber(text, lines).map(AnnexNumber::span);
  }

  /** The own number an attachment heading gives a document whose title stands near the top. */
  private static Optional<AnnexNumber> annexNumber(String text, List<HeaderLine> lines) {
    TitleLine title = TitleLine.find(lines, Math.min(TITLE_LINES, lines.size()));
    return title.index() < 0
        ? Optional.empty()
        : AnnexNumber.find(text, DocumentTitles.titleName(title.title()));
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
    return recognize(text, issueDates.locate(text, sentences));
  }

  /**
   * Reads the header of {@code text} whose place-and-date line is already located (the {@code
   * ISSUE_LINE} layer).
   *
   * @param text the document text, normally NFC-normalised
   * @param issue the place-and-date line an {@link IssueDateLocator} found in {@code text}, or
   *     empty
   * @return the header, or empty when the text is not an official document
   */
  public Optional<Header> recognize(String text, Optional<IssueDateLocator.IssueLine> issue) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(issue, "issue");
    List<HeaderLine> lines =
        SubjectBlock.separateJoinedLetterSubject(new HeaderLines(text), TOP_LINES);
    Optional<NumberLine> number = NumberLine.find(lines, TOP_LINES);
    int top = Math.min(TOP_LINES, lines.size());
    TitleLine found = TitleLine.find(lines, top);
    TitleLine title =
        found.index() >= 0 || number.isEmpty()
            ? found
            : TitleLine.opening(lines, top, number.get().typeCode());
    int letterLine = SubjectBlock.letterSubjectLine(lines, TITLE_LINES);
    if (number.isEmpty() && (title.index() < 0 || title.index() >= TITLE_LINES) && letterLine < 0) {
      return Optional.empty();
    }
    Optional<GazetteTitle> gazette =
        number.isPresent() ? Optional.empty() : GazetteTitle.find(lines, title);
    if (gazette.isPresent()) {
      return Optional.of(fromGazette(gazette.get(), title, text, issue, lines));
    }
    int letter = SubjectBlock.letterSubjectLine(lines, top);
    int issuerEnd = Math.min(top, Math.min(orMax(title.index()), orMax(letter)));
    IssuerBlock issuer =
        IssuerBlock.read(
            lines.subList(0, issuerEnd),
            number.map(n -> skipped(lines.subList(0, issuerEnd), n)).orElse(Set.of()));
    if (issuer == null && letter >= 0 && number.isPresent()) {
      // An OCR that read the V/v subject of the left column before the body's name above it.
      int end = Math.min(top, lineOf(lines, number.get().span()) + 1);
      issuer =
          IssuerBlock.read(lines.subList(0, end), skipped(lines.subList(0, end), number.get()));
    }
    if (issuer == null && title.index() >= 0) {
      issuer =
          Optional.ofNullable(AuthorityLine.issuer(lines, title.index() + 1))
              .map(name -> new IssuerBlock(name, null))
              .orElse(null);
    }
    if (issuer == null && (title.title() == null || number.isEmpty())) {
      return Optional.empty();
    }
    String subject =
        letter >= 0
            ? SubjectBlock.readLetter(lines, letter)
            : title.index() < 0 ? null : SubjectBlock.read(title.subjectLines(lines), 0);
    Optional<AnnexNumber> annex = number.isPresent() ? Optional.empty() : annexNumber(text, lines);
    return Optional.of(
        assemble(
            number.or(() -> annex.map(AnnexNumber::number)).orElse(null),
            annex.map(AnnexNumber::issued).orElse(null),
            type(number.orElse(null), title.title(), letter >= 0),
            issuer,
            subject,
            text,
            issue,
            lines));
  }

  /** The header of a text printed with a gazette heading instead of the two-column block. */
  private Header fromGazette(
      GazetteTitle gazette,
      TitleLine title,
      String text,
      Optional<IssueDateLocator.IssueLine> issue,
      List<HeaderLine> lines) {
    IssuerBlock issuer =
        Optional.ofNullable(gazette.issuer())
            .or(
                () ->
                    Optional.ofNullable(AuthorityLine.issuer(lines, gazette.subject().index() + 1)))
            .map(name -> new IssuerBlock(name, null))
            .orElse(null);
    return assemble(
        gazette.number(),
        gazette.issued(),
        type(gazette.number(), title.title(), false),
        issuer,
        SubjectBlock.read(gazette.subject().subjectLines(lines), 0),
        text,
        issue,
        lines);
  }

  private Header assemble(
      NumberLine number,
      DateValue fallbackIssued,
      DocumentType type,
      IssuerBlock issuer,
      String subject,
      String text,
      Optional<IssueDateLocator.IssueLine> issue,
      List<HeaderLine> lines) {
    Optional<SignatureBlock> signature = Optional.ofNullable(SignatureBlock.read(lines));
    Optional<IssuerBlock> body = Optional.ofNullable(issuer);
    return new Header(
        number == null ? null : number.number(),
        type.code(),
        type.name(),
        body.map(IssuerBlock::issuer).map(BodyNames::repair).orElse(null),
        body.map(IssuerBlock::parent).map(BodyNames::repair).orElse(null),
        issue.map(IssueDateLocator.IssueLine::place).orElse(null),
        issue
            .map(IssueDateLocator.IssueLine::date)
            .map(DateMention::date)
            .or(() -> Optional.ofNullable(fallbackIssued))
            .or(() -> issue.isEmpty() ? AdoptionClause.date(text) : Optional.empty())
            .orElse(null),
        subject,
        signature
            .map(SignatureBlock::signer)
            .filter(name -> readAsWritten(name, text))
            .orElse(null),
        signature.map(SignatureBlock::title).orElse(null));
  }

  /**
   * Whether a signer's name reads as the page writes it: a Vietnamese name carries marks ({@code
   * Phạm Thị Thanh Trà}), so a name without any in a text that has them ({@code Pham Thi Thanh Tra}
   * under an OCR'd signature) lost them to the OCR and is not given; in a text written without
   * marks the name is kept.
   */
  private static boolean readAsWritten(String name, String text) {
    return !isAscii(name) || isAscii(text);
  }

  private static boolean isAscii(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0x7F && Character.isLetter(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The index of the line that holds the start of {@code span}, or -1. */
  private static int lineOf(List<HeaderLine> lines, TextSpan span) {
    for (int i = 0; i < lines.size(); i++) {
      TextSpan line = lines.get(i).span();
      if (line.start() <= span.start() && span.start() < Math.max(line.end(), line.start() + 1)) {
        return i;
      }
    }
    return -1;
  }

  private static int orMax(int index) {
    return index < 0 ? Integer.MAX_VALUE : index;
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

  /** A type abbreviation and its name. */
  private record DocumentType(String code, String name) {}

  /**
   * Returns the type: the number's abbreviation, named by the title when the title agrees; else the
   * title's; else, for a number without a type and a {@code V/v} line or no title, Công văn.
   */
  private static DocumentType type(NumberLine number, String title, boolean letter) {
    if (number == null && title == null && letter) {
      return new DocumentType(DocumentTitles.OFFICIAL_LETTER, DocumentTitles.OFFICIAL_LETTER_NAME);
    }
    if (number == null) {
      Optional<String> titleCode = Optional.ofNullable(title).flatMap(DocumentTitles::codeOfTitle);
      return new DocumentType(titleCode.orElse(null), DocumentTitles.titleName(title));
    }
    String code = number.typeCode();
    Optional<String> titleCode = Optional.ofNullable(title).flatMap(DocumentTitles::codeOfTitle);
    if (code == null) {
      return letter || title == null
          ? new DocumentType(DocumentTitles.OFFICIAL_LETTER, DocumentTitles.OFFICIAL_LETTER_NAME)
          : new DocumentType(titleCode.orElse(null), DocumentTitles.titleName(title));
    }
    boolean titleAgrees = titleCode.filter(c -> DocumentTitles.sameType(c, code)).isPresent();
    return new DocumentType(
        code,
        titleAgrees ? DocumentTitles.titleName(title) : DocumentTitles.name(code).orElse(null));
  }
}
