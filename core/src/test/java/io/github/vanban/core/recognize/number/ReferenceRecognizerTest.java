package io.github.vanban.core.recognize.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.model.DateMention;
import io.github.vanban.core.model.DateValue;
import io.github.vanban.core.model.DocumentNumber;
import io.github.vanban.core.model.Relation;
import io.github.vanban.core.model.TextSpan;
import io.github.vanban.core.segment.SentenceSegmenter;
import io.github.vanban.core.testing.CpuBudget;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReferenceRecognizerTest {

  /** Hand-made DAY mentions: every {@code dd/mm/yyyy} in the text. */
  private static final Pattern DAY = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

  private final ReferenceRecognizer recognizer = new ReferenceRecognizer();

  private List<DocumentNumber> recognize(String text) {
    return recognize(text, Optional.empty());
  }

  private List<DocumentNumber> recognize(String text, Optional<TextSpan> ownNumber) {
    return recognizer.recognize(text, new SentenceSegmenter().split(text), days(text), ownNumber);
  }

  /** The span of {@code number} in {@code text}, as the header stage gives the own number. */
  private static Optional<TextSpan> own(String text, String number) {
    int at = text.indexOf(number);
    return Optional.of(new TextSpan(at, at + number.length()));
  }

  private static List<DateMention> days(String text) {
    List<DateMention> out = new ArrayList<>();
    Matcher m = DAY.matcher(text);
    while (m.find()) {
      String iso =
          String.format(
              "%s-%02d-%02d",
              m.group(3), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
      out.add(new DateMention(m.group(), new TextSpan(m.start(), m.end()), DateValue.parse(iso)));
    }
    return out;
  }

  private static String row(DocumentNumber r) {
    return String.join(" | ", r.number(), r.typeName(), date(r), r.relation().name());
  }

  private static String date(DocumentNumber r) {
    return r.date() == null ? "null" : r.date().text();
  }

  @Test
  void givesEachNumberOfAListThatSharesOneNoun() {
    String text =
        "Triển khai thực hiện các Nghị quyết số 03-NQ/TU ngày 23/3/2021, số 04-NQ/TU ngày"
            + " 24/3/2021, Quyết định số 409-QĐ/TU ngày 01/11/2021 của Tỉnh ủy.";
    List<DocumentNumber> found = recognize(text);
    assertEquals(
        List.of(
            "03-NQ/TU | Nghị quyết | 2021-03-23 | IMPLEMENTS",
            "04-NQ/TU | Nghị quyết | 2021-03-24 | IMPLEMENTS",
            "409-QĐ/TU | Quyết định | 2021-11-01 | IMPLEMENTS"),
        found.stream().map(ReferenceRecognizerTest::row).toList());
    DocumentNumber second = found.get(1);
    int start = text.indexOf("04-NQ/TU");
    assertEquals(new TextSpan(start, start + 8), second.span());
    assertEquals("04-NQ/TU", second.text());
    assertEquals("NQ", second.type());
    assertEquals("TU", second.issuerCode());
  }

  @Test
  void sharesTheNounOfACountedList() {
    String text =
        "Hội đồng nhân dân tỉnh thống nhất xin rút đối với 02 tờ trình: số 1650/TTr-UBND ngày"
            + " 24/6/2024 và số 1611/TTr-UBND ngày 21/6/2024.";
    assertEquals(
        List.of(
            "1650/TTr-UBND | Tờ trình | 2024-06-24 | MENTIONS",
            "1611/TTr-UBND | Tờ trình | 2024-06-21 | MENTIONS"),
        recognize(text).stream().map(ReferenceRecognizerTest::row).toList());
  }

  @Test
  void leavesOutTheOwnHeaderNumber() {
    String text =
        "HỘI ĐỒNG NHÂN DÂN\nTỈNH QUẢNG NINH\n\nSố: 205/NQ-HĐND\n\nNGHỊ QUYẾT\n\n"
            + "Căn cứ Nghị quyết số 176/NQ-HĐND ngày 08/12/2023 của Hội đồng nhân dân tỉnh;\n\n"
            + "Xét Tờ trình số 1641/TTr-UBND ngày 24/6/2024 và các báo cáo số 170/BC-UBND,"
            + " số 187/BC-UBND ngày 05/7/2024 của Ủy ban nhân dân tỉnh;";
    assertEquals(
        List.of(
            "176/NQ-HĐND | Nghị quyết | 2023-12-08 | BASED_ON",
            "1641/TTr-UBND | Tờ trình | 2024-06-24 | CONSIDERING",
            "170/BC-UBND | Báo cáo | null | CONSIDERING",
            "187/BC-UBND | Báo cáo | 2024-07-05 | CONSIDERING"),
        recognize(text, own(text, "205/NQ-HĐND")).stream()
            .map(ReferenceRecognizerTest::row)
            .toList());
  }

  @Test
  void leavesOutTheOwnNumberRepeatedInTheText() {
    String text =
        "BAN CHẤP HÀNH TRUNG ƯƠNG\n\nSố 60-NQ/TW\n\nTriển khai Nghị quyết số 18-NQ/TW.\n\n"
            + "(Kèm theo Nghị quyết số 60-NQ/TW, ngày 12/4/2025 của Hội nghị Trung ương)";
    assertEquals(
        List.of("18-NQ/TW | Nghị quyết | null | IMPLEMENTS"),
        recognize(text, own(text, "60-NQ/TW")).stream().map(ReferenceRecognizerTest::row).toList());
  }

  @Test
  void relatesAFootnoteAsItsAnchor() {
    String text =
        "Khẩn trương triển khai thực hiện chỉ đạo của Chính phủ<sup>1</sup> về thí điểm.\n\n"
            + "<sup>1</sup> Nghị quyết số 108/NQ-CP ngày 10/7/2024 Phiên họp Chính phủ.";
    assertEquals(
        List.of("108/NQ-CP | Nghị quyết | 2024-07-10 | IMPLEMENTS"),
        recognize(text).stream().map(ReferenceRecognizerTest::row).toList());
  }

  @Test
  void namesTheTypeFromTheCodeWhenTheTextHasNoNoun() {
    List<DocumentNumber> found = recognize("(Kèm theo 60-NQ/TW và 12/QĐ-UBND, 295/VP-CTHĐND)");
    assertEquals(
        List.of("Nghị quyết", "Quyết định", "null"),
        found.stream().map(r -> String.valueOf(r.typeName())).toList());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Luật Đất đai năm 2024 và Luật Tổ chức chính quyền địa phương năm 2015",
        "Triển khai Đề án 06 và Đề án 196 theo Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV",
        "Nghị quyết Hội nghị Trung ương 8 khóa XIII, Nghị quyết này, 15/15 chỉ tiêu",
        "ngày 10/7/2024, tăng 8,42%, 23%/năm, QCVN 01-1:2008/BYT, 0203.3835.123",
        "xem https://vbpl.vn/tim?so=205/NQ-HĐND hoặc http://qn.gov.vn/?q=12/QĐ-UBND",
        "Số:      /QĐ-UBND",
      })
  void findsNoReferenceWhereThereIsNone(String text) {
    assertEquals(List.of(), recognize(text));
  }

  @Test
  void findsNothingInEmptyText() {
    assertEquals(List.of(), recognizer.recognize("", List.of(), List.of(), Optional.empty()));
  }

  @Test
  void worksWithoutSentencesOrDates() {
    List<DocumentNumber> found =
        recognizer.recognize(
            "Căn cứ Nghị quyết số 5/NQ-HĐND ngày 1/2/2024", List.of(), List.of(), Optional.empty());
    assertEquals(1, found.size());
    assertEquals(Relation.BASED_ON, found.get(0).relation());
    assertEquals(null, found.get(0).date());
  }

  @Test
  void neverThrowsAndKeepsSpansInRangeOnRandomText() {
    Random random = new Random(7);
    String alphabet = "0123456789/-.;,\n NQHĐUBTrsốngàyCăn cứXét<sup>¹";
    for (int round = 0; round < 500; round++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(120); i > 0; i--) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = b.toString();
      for (DocumentNumber r : recognize(text)) {
        assertTrue(r.span().end() <= text.length(), () -> text + " → " + r);
        assertEquals(r.text(), r.span().of(text));
      }
    }
  }

  @Test
  void staysLinearOnAdversarialText() {
    String slashes = "/".repeat(100_000);
    String so = "số ".repeat(350_000);
    String digits = "1234567890.".repeat(50_000) + "\n" + "1.2.3.4.5.6".repeat(20_000);
    String numbers = "thực hiện Nghị quyết số 1/NQ-TU, ".repeat(20_000);
    String noSentence = "theo ".repeat(50_000) + "1/NQ-TU ".repeat(50_000);
    CpuBudget.assertWithin(
        Duration.ofSeconds(10),
        () -> {
          for (String text : List.of(slashes, so, digits, numbers, noSentence)) {
            recognizer.recognize(
                text, new SentenceSegmenter().split(text), List.of(), Optional.empty());
          }
        },
        "references on adversarial text");
  }
}
