package io.github.vanban.core.recognize.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.lexicon.LexiconLine;
import io.github.vanban.core.recognize.metric.ClauseWords.Role;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClauseWordsTest {

  @Test
  void theVerbsAreTheClauseStartsInTheirOrder() {
    assertEquals(
        List.of("ước", "đạt", "tăng", "giảm", "chiếm", "bằng", "gấp", "cao gấp", "là", "dự kiến"),
        ClauseWords.of(Role.VERB));
  }

  @Test
  void theTargetWordsAreTheGoalWordsInTheirOrder() {
    assertEquals(
        List.of("phấn đấu", "mục tiêu", "chỉ tiêu", "kế hoạch", "đề ra", "dự kiến"),
        ClauseWords.of(Role.TARGET));
  }

  @Test
  void theWordsThatStartNoSubjectIncludeFourVerbs() {
    List<String> notSubjects = ClauseWords.of(Role.NOT_SUBJECT);
    assertEquals(
        Set.of(
            "năm",
            "tháng",
            "quý",
            "cả",
            "riêng",
            "bình quân",
            "ước",
            "dự kiến",
            "so với",
            "cùng kỳ",
            "bằng",
            "chiếm",
            "và",
            "nhưng",
            "còn"),
        Set.copyOf(notSubjects));
    assertEquals(15, notSubjects.size(), notSubjects.toString());
  }

  @Test
  void thePartWordsOpenTheLabelsOfSectorsZonesAndAreas() {
    List<String> parts = ClauseWords.of(Role.PART);
    assertTrue(
        parts.containsAll(List.of("khu vực", "ngành", "kcn", "huyện", "xã")), parts::toString);
    assertTrue(parts.stream().noneMatch(ClauseWords.of(Role.VERB)::contains), parts::toString);
  }

  @Test
  void aWordMayHaveSeveralRolesAndARoleNoWord() {
    Map<Role, List<String>> words =
        ClauseWords.read(List.of(new LexiconLine(1, List.of("dự kiến", "verb target"))));
    assertEquals(List.of("dự kiến"), words.get(Role.VERB));
    assertEquals(List.of("dự kiến"), words.get(Role.TARGET));
    assertEquals(List.of(), words.get(Role.NOT_SUBJECT));
  }

  @Test
  void anUnknownRoleNamesItsLine() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ClauseWords.read(List.of(new LexiconLine(7, List.of("đạt", "noun")))));
    assertEquals("clause-words.tsv line 7: unknown role 'noun'", e.getMessage());
  }
}
