package io.github.vanban.core.recognize.number;

import io.github.vanban.core.model.DateMention;
import io.github.vanban.core.model.DocumentNumber;
import io.github.vanban.core.model.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the documents a text cites (EXTRACTION.md section 1): every document number except the
 * document's own one in its header (where the header stage found it: the {@code OWN_NUMBER} layer),
 * each with the type noun before it, the day after it and how the text relates to it.
 *
 * <ul>
 *   <li>{@code typeName}: the noun before the number ({@code Nghị quyết số 176/NQ-HĐND}); a number
 *       that continues a list shares the noun of the one before it in the sentence ({@code các Nghị
 *       quyết số 03-NQ/TU ..., số 04-NQ/TU}); without either, the name of its type code.
 *   <li>{@code date}: the {@code ngày ...} right after the number, from the DATES layer.
 *   <li>{@code relation}: from the sentence's opening cue or the last cue of its clause ({@link
 *       RelationClassifier}); a footnote takes the cue at its anchor.
 * </ul>
 *
 * <p>Numbers inside web or e-mail addresses, drafts' blank serials and the own number repeated in
 * the text ({@code Kèm theo Nghị quyết số 60-NQ/TW} in its appendix) are not references. Never
 * throws on strange text; linear in the text's length. Immutable and thread-safe.
 */
public final class ReferenceRecognizer {

  private final DocumentNumberParser parser;
  private final DocumentTypes types;
  private final TypeNameFinder nouns;
  private final RelationCues cues;

  /** Creates a recogniser over the standard lexicons. */
  public ReferenceRecognizer() {
    this(DocumentTypes.standard());
  }

  /**
   * Creates a recogniser over the type lexicon {@code types} and the standard relation cues.
   *
   * @param types the type abbreviations, issuer codes and type names to recognise
   */
  public ReferenceRecognizer(DocumentTypes types) {
    this.types = Objects.requireNonNull(types, "types");
    this.parser = new DocumentNumberParser(types);
    this.nouns = new TypeNameFinder(types);
    this.cues = RelationCues.standard();
  }

  /**
   * Returns the references of {@code text} in order.
   *
   * @param text the normalised text
   * @param sentences its sentence spans in order (empty: the whole text is one sentence)
   * @param dates its date mentions; the DAY ones give the references' dates
   * @param ownNumber where the document's own number stands in its header, or empty when unknown
   * @return the cited document numbers with type name, date and relation, empty when none
   */
  public List<DocumentNumber> recognize(
      String text,
      List<TextSpan> sentences,
      List<DateMention> dates,
      Optional<TextSpan> ownNumber) {
    List<ParsedNumber> found = parser.find(text);
    LogicalSentences logical = LogicalSentences.of(text, sentences, cues);
    int[] starts = found.stream().mapToInt(n -> n.span().start()).toArray();
    Context context =
        new Context(
            text,
            logical,
            RelationClassifier.of(
                text, logical, cues, at -> nouns.citationAt(text, at + 1), starts),
            new DateAttacher(dates),
            Footnotes.of(text));
    List<DocumentNumber> out = new ArrayList<>();
    Listed previous = null;
    for (ParsedNumber n : citations(text, found, ownNumber)) {
      String noun = noun(text, n, previous, logical.at(n.span().start()));
      out.add(reference(context, n, noun));
      previous = new Listed(n, noun);
    }
    return out;
  }

  /** What the recogniser knows about one text while it reads its references. */
  private record Context(
      String text,
      LogicalSentences sentences,
      RelationClassifier relations,
      DateAttacher days,
      Footnotes footnotes) {}

  /**
   * Returns the numbers that cite another document: not a draft's blank serial, not inside a web or
   * e-mail address, not the document's own number.
   */
  private static List<ParsedNumber> citations(
      String text, List<ParsedNumber> found, Optional<TextSpan> ownNumber) {
    Optional<ParsedNumber> own = ownNumber(found, ownNumber);
    List<TextSpan> addresses = WebAddresses.find(text);
    List<ParsedNumber> out = new ArrayList<>();
    int address = 0;
    for (ParsedNumber n : found) {
      while (address < addresses.size() && addresses.get(address).end() <= n.span().start()) {
        address++;
      }
      boolean inAddress = address < addresses.size() && addresses.get(address).contains(n.span());
      if (n.number() != null && !inAddress && own.filter(o -> isOwn(o, n)).isEmpty()) {
        out.add(n);
      }
    }
    return out;
  }

  /** Builds the reference of {@code n}, whose noun in the text is {@code noun} (or null). */
  private DocumentNumber reference(Context c, ParsedNumber n, String noun) {
    TextSpan sentence = c.sentences().at(n.span().start());
    int cueAt = c.footnotes().anchor(sentence).orElse(n.span().start());
    return new DocumentNumber(
        n.text(),
        n.span(),
        n.number(),
        n.type(),
        n.issuerCode(),
        noun != null ? noun : fallbackName(n),
        c.days().dateAfter(c.text(), n.span().end()).orElse(null),
        c.relations().relationAt(cueAt));
  }

  /** Returns the number among {@code found} that stands where the header's own number does. */
  private static Optional<ParsedNumber> ownNumber(
      List<ParsedNumber> found, Optional<TextSpan> span) {
    if (span.isEmpty()) {
      return Optional.empty();
    }
    return found.stream().filter(n -> n.span().overlaps(span.get())).findFirst();
  }

  /**
   * Returns whether {@code n} is the document's own number {@code own}: the header line itself, or
   * the same number again ({@code Kèm theo Nghị quyết số 60-NQ/TW}); a document does not cite
   * itself.
   */
  private static boolean isOwn(ParsedNumber own, ParsedNumber n) {
    return own.equals(n)
        || own.number() != null
            && DocumentNumbers.key(own.number()).equals(DocumentNumbers.key(n.number()));
  }

  /** The last reference seen and the noun the text gave it, for lists that share one noun. */
  private record Listed(ParsedNumber number, String noun) {}

  /**
   * Returns the noun the text gives the number: the one before it, or the one of the previous
   * number in the sentence when this one continues its list and is of the same type.
   */
  private String noun(String text, ParsedNumber n, Listed previous, TextSpan sentence) {
    Optional<String> noun = nouns.nounBefore(text, n.span().start());
    if (noun.isPresent()) {
      return noun.get();
    }
    boolean shares =
        previous != null
            && previous.noun() != null
            && sentence.contains(previous.number().span())
            && (n.type() == null || Objects.equals(n.type(), previous.number().type()))
            && nouns.continuesList(text, n.span().start());
    return shares ? previous.noun() : null;
  }

  /** Returns the name of the number's type code, for a number the text names no type for. */
  private String fallbackName(ParsedNumber n) {
    return n.type() == null ? null : types.typeName(n.type()).orElse(null);
  }
}
