package io.github.vanban.core.recognize.number;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vanban.core.model.Relation;
import io.github.vanban.core.segment.SentenceSegmenter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelationClassifierTest {

  private static Relation relationOf(String text, String number) {
    RelationCues cues = RelationCues.standard();
    LogicalSentences sentences =
        LogicalSentences.of(text, new SentenceSegmenter().split(text), cues);
    TypeNameFinder nouns = new TypeNameFinder(DocumentTypes.standard());
    int[] starts =
        new DocumentNumberParser().find(text).stream().mapToInt(n -> n.span().start()).toArray();
    return RelationClassifier.of(
            text, sentences, cues, at -> nouns.citationAt(text, at + 1), starts)
        .relationAt(text.indexOf(number));
  }

  /** Relation calls of the seed gold, on sentences shaped like theirs. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Căn cứ Nghị quyết số 176/NQ-HĐND ngày 08/12/2023 của HĐND tỉnh;            | 176/  | BASED_ON
          Xét Tờ trình số 1641/TTr-UBND và các báo cáo số 170/BC-UBND của UBND;      | 170/  | CONSIDERING
          Triển khai có hiệu quả Nghị quyết số 19-NQ/TU ngày 28/11/2019.             | 19-   | IMPLEMENTS
          triển khai 03 chương trình gắn với Nghị quyết số 06-NQ/TU ngày 17/5/2021.  | 06-   | IMPLEMENTS
          theo tinh thần Nghị quyết số 155/NQ-HĐND ngày 12/7/2023.                   | 155/  | IMPLEMENTS
          cụ thể hóa Quy định số 144-QĐ/TW ngày 09/5/2024 của Bộ Chính trị.          | 144-  | IMPLEMENTS
          Tỉnh ủy đã ban hành Nghị quyết số 17-NQ/TU về văn hóa.                     | 17-   | MENTIONS
          thực hiện thủ tục dự án cảng theo Nghị quyết số 30-NQ/TW của Bộ Chính trị. | 30-   | MENTIONS
          thống nhất với nội dung Báo cáo số 170/BC-UBND ngày 24/6/2024.             | 170/  | MENTIONS
          Tiếp tục thực hiện; rà soát quy hoạch tại Quyết định số 998/QĐ-TTg để bổ sung. | 998/ | MENTIONS
          Nghị quyết này sửa đổi, bổ sung Nghị quyết số 13/2023/NQ-HĐND.              | 13/   | AMENDS
          Quyết định này thay thế Quyết định số 12/2020/QĐ-UBND.                     | 12/   | REPLACES
          sửa đổi Quy chế ban hành kèm theo Quyết định số 12/2020/QĐ-UBND.           | 12/   | AMENDS
          Tập trung triển khai thực hiện các chỉ đạo của\\nNghị quyết số 18-NQ/TW.   | 18-   | IMPLEMENTS
          """)
  void readsTheCueThatGovernsTheReference(String sentence, String number, Relation relation) {
    assertEquals(relation, relationOf(sentence.replace("\\n", "\n"), number));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Ban Thường vụ đã ban hành Nghị quyết số 09-NQ/TU và Quyết định về thực hiện Quyết định số 06/QĐ-TTg | 09-  | MENTIONS
          Ban Thường vụ đã ban hành Nghị quyết số 09-NQ/TU và Quyết định về thực hiện Quyết định số 06/QĐ-TTg | 06/  | IMPLEMENTS
          Thực hiện tốt công tác dân tộc.\\nKhắc phục tồn tại đã chỉ ra tại Nghị quyết số 204/NQ-HĐND.        | 204/ | MENTIONS
          Nghị quyết số 5/NQ-HĐND                                                                            | 5/   | MENTIONS
          sửa đổi, bổ sung Quy định số 232-QĐ/TW của Trung ương; Quy định số 22-QĐ/TW và Quy định số 262-QĐ/TW | 262- | AMENDS
          sửa đổi Quy định số 232-QĐ/TW của Trung ương; phân công theo dõi Quy định số 22-QĐ/TW              | 22-  | MENTIONS
          hồ sơ thay thế bằng dữ liệu điện tử; Kế hoạch số 6983/KH-UBND ngày 13/11/2025 của UBND tỉnh         | 6983 | MENTIONS
          """)
  void looksOnlyBackAndWithinTheSentence(String sentence, String number, Relation relation) {
    assertEquals(relation, relationOf(sentence.replace("\\n", "\n"), number));
  }
}
