package io.github.vanban.core.recognize.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.vanban.core.model.TextSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClausesTest {

  private static TextSpan all(String s) {
    return new TextSpan(0, s.length());
  }

  @Test
  void endsAScopeAtASemicolonUnlessAVerbOpensTheClause() {
    String s =
        CueKey.of("cảng đạt 627,7 triệu tấn; ước đạt 124,1 triệu tấn/năm; tổng hành khách 293");
    assertEquals(0, Clauses.scopeStart(s, all(s), s.indexOf("124")));
    assertEquals(s.lastIndexOf(';') + 1, Clauses.scopeStart(s, all(s), s.indexOf("293")));
    assertEquals(s.indexOf(';'), Clauses.clauseEnd(s, all(s), 5));
  }

  @Test
  void treatsTangTruongAsASubjectNotAVerb() {
    String s = "than 219 triệu tấn; tăng trưởng khai khoáng 4,47%";
    assertEquals(s.indexOf(';') + 1, Clauses.scopeStart(s, all(s), s.indexOf("4,47")));
  }

  @Test
  void endsAScopeAtAFullStopBeforeANumber() {
    String s = "97,15% cử tri tham gia bầu cử. 100% thôn";
    assertEquals(s.indexOf('.') + 1, Clauses.scopeStart(s, all(s), s.indexOf("100")));
  }

  @Test
  void findsTheInnermostBracketGroup() {
    String s = "rừng ước đạt 45% (trước bão (số 3) là 55%, đạt) nay";
    assertEquals(
        new TextSpan(s.indexOf('('), s.lastIndexOf(')') + 1),
        Clauses.group(s, all(s), s.indexOf("55")));
    assertNull(Clauses.group(s, all(s), s.indexOf("45")));
    assertEquals(new TextSpan(2, 4), Clauses.group("a (b", all("a (b"), 3));
  }

  @Test
  void seesWholeWordsBeforeAPosition() {
    String s = "tỷ lệ 97%";
    assertEquals("tỷ lệ", Clauses.wordBefore(s, 6, List.of("lệ x", "tỷ lệ")));
    assertNull(Clauses.wordBefore("xtỷ lệ 9", 7, List.of("tỷ lệ")));
  }
}
