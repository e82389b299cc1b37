package io.github.vanban.core.recognize.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.vanban.core.model.Relation;
import io.github.vanban.core.model.TextSpan;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelationCuesTest {

  private final RelationCues cues = RelationCues.standard();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Căn cứ Nghị quyết số 176/NQ-HĐND;           | BASED_ON
          CĂN CỨ Luật Tổ chức chính quyền địa phương; | BASED_ON
          *Xét đề nghị của Chính phủ tại Tờ trình      | CONSIDERING
          Sau khi xem xét Tờ trình số 77/TTr-UBND;     | CONSIDERING
          - Căn cứ Quyết định số 12/QĐ-UBND;           | BASED_ON
          """)
  void readsTheCueOpeningASentence(String sentence, Relation relation) {
    assertEquals(
        Optional.of(relation), cues.sentenceRelation(sentence, new TextSpan(0, sentence.length())));
  }

  @Test
  void findsNoOpeningCueInsideOrInLongerWords() {
    String text = "Giao Chính phủ, căn cứ vào Nghị quyết này. Xétxử";
    int second = text.indexOf("Xét");
    assertEquals(Optional.empty(), cues.sentenceRelation(text, new TextSpan(0, second - 1)));
    assertEquals(
        Optional.empty(), cues.sentenceRelation(text, new TextSpan(second, text.length())));
    assertEquals(Optional.empty(), cues.sentenceRelation("", new TextSpan(0, 0)));
  }

  /**
   * The contract names {@code Xét} for CONSIDERING; a decision's {@code Theo đề nghị} is no cue.
   */
  @Test
  void readsNoCueInTheProposalOfADecision() {
    String text = "Theo đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 5252/TTr-STC.";
    assertEquals(Optional.empty(), cues.sentenceRelation(text, new TextSpan(0, text.length())));
  }

  @Test
  void findsClauseCuesLongestFirst() {
    String text =
        "Triển khai thực hiện theo tinh thần, sửa đổi, bổ sung, thay thế, theo, ban hành kèm theo";
    List<RelationCues.Cue> found = cues.clauseCues(text);
    assertEquals(
        List.of(
            Relation.IMPLEMENTS,
            Relation.IMPLEMENTS,
            Relation.IMPLEMENTS,
            Relation.AMENDS,
            Relation.AMENDS,
            Relation.REPLACES,
            Relation.MENTIONS),
        found.subList(0, 7).stream().map(RelationCues.Cue::relation).toList());
    assertEquals("theo tinh thần", text.substring(found.get(2).start(), found.get(2).end()));
    assertNull(found.get(7).relation());
    assertEquals(8, found.size());
  }

  @Test
  void matchesAcrossALineBreak() {
    List<RelationCues.Cue> found = cues.clauseCues("triển khai thực\nhiện Nghị quyết");
    assertEquals(2, found.size());
    assertEquals(Relation.IMPLEMENTS, found.get(1).relation());
  }

  @Test
  void matchesAFirstWordInAnyCaseButNotInsideALongerWord() {
    String text = "THỰC HIỆN Nghị quyết; Theo Luật; theodõi, theo2, thựchiện, Kèm Theo, SỬA ĐỔI";
    List<String> found =
        cues.clauseCues(text).stream().map(c -> text.substring(c.start(), c.end())).toList();
    assertEquals(List.of("THỰC HIỆN", "Theo", "Kèm Theo", "SỬA ĐỔI"), found);
  }
}
