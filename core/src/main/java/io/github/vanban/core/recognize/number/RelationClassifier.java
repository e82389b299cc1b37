package io.github.vanban.core.recognize.number;

import io.github.vanban.core.model.Relation;
import io.github.vanban.core.model.SpanIndex;
import io.github.vanban.core.model.TextSpan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * Decides how a document relates to a document it cites at a given offset, by the cues of {@link
 * RelationCues}: a cue opening the sentence wins ({@code Căn cứ}, {@code Xét}); otherwise the last
 * clause cue before the offset in the same clause (since the previous {@code ;} that does not
 * merely separate cited documents, as in {@code sửa đổi Quy định số 232-QĐ/TW; Quy định số
 * 22-QĐ/TW}) decides, so that in {@code đã ban hành Nghị quyết số 09-NQ/TU ... về thực hiện Quyết
 * định số 06/QĐ-TTg} the first is MENTIONS and the second IMPLEMENTS; with no cue it is MENTIONS.
 * Cues after the reference do not count: a verb governs what follows it. A cue carries across such
 * a {@code ;} only when it governs a cited document before it ({@code thay thế bằng dữ liệu điện
 * tử; Kế hoạch số 6983/KH-UBND} is MENTIONS). A cue inside one listed document's description
 * governs no document after the {@code ;}; those take the cue that opens the clause, if it governs
 * the first of the list ({@code Thực hiện Nghị quyết số 30c/NQ-CP ... ban hành Chương trình; Nghị
 * định số 63/2010/NĐ-CP}: both IMPLEMENTS), and are MENTIONS otherwise. The items of a list under a
 * heading or a short lead line that opens with a sentence cue ({@code I. CĂN CỨ LẬP KẾ HOẠCH}) take
 * that cue as if it opened each of them.
 *
 * <p>Built once per text: the cues are found in one pass, and each question is then a binary
 * search. Immutable and thread-safe.
 */
final class RelationClassifier {

  private final String text;
  private final LogicalSentences sentences;
  private final RelationCues cues;
  private final SpanIndex<RelationCues.Cue> clauseCues;
  private final SpanIndex<Integer> clauseEnds;
  private final SpanIndex<Integer> listSeparators;
  private final SpanIndex<Integer> references;

  private RelationClassifier(
      String text,
      LogicalSentences sentences,
      RelationCues cues,
      IntPredicate listSeparator,
      int[] references) {
    this.text = text;
    this.sentences = sentences;
    this.cues = cues;
    List<RelationCues.Cue> found = new ArrayList<>();
    for (RelationCues.Cue cue : cues.clauseCues(text)) {
      if (cue.relation() != null) {
        found.add(cue);
      }
    }
    this.clauseCues = SpanIndex.of(found, RelationCues.Cue::start, RelationCues.Cue::end);
    this.clauseEnds = SpanIndex.ofOffsets(semicolons(text, listSeparator.negate()));
    this.listSeparators = SpanIndex.ofOffsets(semicolons(text, listSeparator));
    this.references = SpanIndex.ofOffsets(Arrays.stream(references).boxed().toList());
  }

  /**
   * Prepares the questions about {@code text}, split into {@code sentences}.
   *
   * @param listSeparator tells which {@code ;} (by offset) only separate cited documents and so end
   *     no clause
   * @param references where the cited documents start, in order
   */
  static RelationClassifier of(
      String text,
      LogicalSentences sentences,
      RelationCues cues,
      IntPredicate listSeparator,
      int[] references) {
    return new RelationClassifier(text, sentences, cues, listSeparator, references);
  }

  private static List<Integer> semicolons(String text, IntPredicate keep) {
    List<Integer> out = new ArrayList<>();
    for (int i = text.indexOf(';'); i >= 0; i = text.indexOf(';', i + 1)) {
      if (keep.test(i)) {
        out.add(i);
      }
    }
    return out;
  }

  /** Returns the relation of a reference that starts at {@code offset}. */
  Relation relationAt(int offset) {
    TextSpan sentence = sentences.at(offset);
    Optional<Relation> opening =
        cues.sentenceRelation(text, sentence)
            .or(
                () ->
                    sentences
                        .leadOfList(text, sentence)
                        .flatMap(lead -> cues.sentenceRelation(text, lead)))
            .or(() -> clauseOpening(sentence, offset));
    if (opening.isPresent()) {
      return opening.get();
    }
    int clauseStart =
        Math.max(sentence.start(), clauseEnds.lastStartingBefore(offset).orElse(-1) + 1);
    Optional<RelationCues.Cue> cue = clauseCues.lastEndingBy(offset);
    if (cue.isEmpty() || cue.get().start() < clauseStart) {
      return Relation.MENTIONS;
    }
    if (governs(cue.get(), offset)) {
      return cue.get().relation();
    }
    return listOpener(clauseStart, cue.get())
        .map(RelationCues.Cue::relation)
        .orElse(Relation.MENTIONS);
  }

  /**
   * The cue that opens the clause and governs the first of a list of documents separated by {@code
   * ;} ({@code Thực hiện Nghị quyết số 30c/NQ-CP ... ban hành Chương trình; Nghị định số
   * 63/2010/NĐ-CP}), when it stands before {@code later}: the documents after a {@code ;} that a
   * cue inside one description cannot govern are the opener's.
   */
  private Optional<RelationCues.Cue> listOpener(int clauseStart, RelationCues.Cue later) {
    return clauseCues
        .startingFrom(clauseStart)
        .filter(open -> open.start() < later.start())
        .filter(
            open ->
                text.substring(clauseStart, open.start())
                    .codePoints()
                    .noneMatch(Character::isLetterOrDigit))
        .filter(open -> startsBeforeSeparator(open.end()));
  }

  /** Whether a cited document starts after {@code from} before the next separating {@code ;}. */
  private boolean startsBeforeSeparator(int from) {
    int separator = listSeparators.startingFrom(from).orElse(Integer.MAX_VALUE);
    return references.startingFrom(from).filter(r -> r < separator).isPresent();
  }

  /**
   * The relation of a sentence cue that opens, capitalised, the part of the sentence after its last
   * {@code ;} before {@code offset} ({@code … tỉnh Bắc Giang; | Căn cứ Quyết định số 29/QĐ-KCN}):
   * two sentences that OCR or a table's lines ran together, the second opening as a sentence does.
   */
  private Optional<Relation> clauseOpening(TextSpan sentence, int offset) {
    int semicolon =
        Math.max(
            clauseEnds.lastStartingBefore(offset).orElse(-1),
            listSeparators.lastStartingBefore(offset).orElse(-1));
    if (semicolon < sentence.start()) {
      return Optional.empty();
    }
    int first = semicolon + 1;
    while (first < offset && !Character.isLetter(text.charAt(first))) {
      first++;
    }
    return first < offset && Character.isUpperCase(text.charAt(first))
        ? cues.sentenceRelation(text, new TextSpan(semicolon + 1, sentence.end()))
        : Optional.empty();
  }

  /**
   * Returns whether {@code cue} governs the reference at {@code offset}: it does unless a {@code ;}
   * that separates cited documents stands between them and the cue governs no document before that
   * {@code ;}.
   */
  private boolean governs(RelationCues.Cue cue, int offset) {
    int separator = listSeparators.startingFrom(cue.end()).orElse(-1);
    boolean crosses = separator >= 0 && separator < offset;
    return !crosses || references.startingFrom(cue.end()).orElse(-1) < separator;
  }
}
