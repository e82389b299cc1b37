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
          Sau khi xem xét Tờ trình số\\n77/TTr-UBND ngày 05 tháng 7 năm 2017 của UBND tỉnh; | 77/ | CONSIDERING
          Trên cơ sở xem xét Báo cáo số 33/BC-ĐGS ngày 12 tháng 7 năm 2017 của Đoàn Giám sát; | 33/ | CONSIDERING
          Sau khi xét Tờ trình số 15/TTr-UBND ngày 05/7/2017 của UBND tỉnh;         | 15/ | CONSIDERING
          2. Tình hình triển khai thực hiện\\n\\n15 huyện đã hoàn thành Kế hoạch số 20/KH-UBND. | 20/ | MENTIONS
          Căn cứ Nghị quyết số 21/NQ-HĐND ngày 09 tháng\\n12 năm 2016 của HĐND tỉnh; Nghị quyết số 04/NQ-HĐND ngày 31/3/2017; | 04/ | BASED_ON
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

  /**
   * A cue inside the description of one listed document governs no document after the {@code ;}:
   * those take the cue that opens the clause when it governs the first listed document, and are
   * MENTIONS otherwise (an earlier cue inside the clause does not reach them). A passive saying
   * what happened to a cited document is no cue.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Thực hiện Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ ban hành Chương trình tổng thể; Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ; Văn bản số 6582/VPCP-KSTT của Văn phòng Chính phủ, UBND tỉnh yêu cầu: | 63/  | IMPLEMENTS
          Thực hiện Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ ban hành Chương trình tổng thể; Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ; Văn bản số 6582/VPCP-KSTT của Văn phòng Chính phủ, UBND tỉnh yêu cầu: | 6582 | IMPLEMENTS
          - Thực hiện Quyết định số 06/QĐ-TTg ngày 06/01/2022 phê duyệt Đề án; Nghị định số 59/2022/NĐ-CP ngày 05/9/2022 của Chính phủ. | 59/ | IMPLEMENTS
          Sở đã tham mưu thực hiện Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ ban hành Chương trình tổng thể; Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ. | 63/ | MENTIONS
          Thực hiện tốt công tác cải cách hành chính, ban hành Chương trình tổng thể; Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ. | 63/ | MENTIONS
          Thông tư này thay thế Thông tư số 324/2016/TT-BTC đã được sửa đổi, bổ sung tại Thông tư số 93/2019/TT-BTC và Thông tư số 51/2022/TT-BTC. | 93/  | REPLACES
          Thông tư này thay thế Thông tư số 324/2016/TT-BTC đã được sửa đổi, bổ sung tại Thông tư số 93/2019/TT-BTC và Thông tư số 51/2022/TT-BTC. | 51/  | REPLACES
          theo quy định tại Nghị định số 15/2018/NĐ-CP được sửa đổi, bổ sung bởi Nghị định số 77/2022/NĐ-CP.      | 77/  | MENTIONS
          Quyết định số 12/2020/QĐ-UBND đã được thay thế bằng Quyết định số 05/2024/QĐ-UBND.                      | 05/  | MENTIONS
          Luật số 58/2024/QH15 được sửa đổi bổ sung bởi Luật số 90/2025/QH15.        | 90/  | MENTIONS
          Nghị định số 15/2018/NĐ-CP đã được sửa đổi tại Nghị định số 77/2022/NĐ-CP. | 77/  | MENTIONS
          Quy chế số 12/QC-UBND đã được bổ sung tại Quyết định số 05/2024/QĐ-UBND.   | 05/  | MENTIONS
          """)
  void aListTakesTheCueThatOpensItsClause(String sentence, String number, Relation relation) {
    assertEquals(relation, relationOf(sentence, number));
  }

  /**
   * A list of documents under a heading or a lead line that opens with a sentence cue ({@code I.
   * CĂN CỨ LẬP KẾ HOẠCH}, {@code Căn cứ:}) takes that cue, item by item, until the list ends.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          I. CĂN CỨ LẬP KẾ HOẠCH\\n- Luật Công nghệ thông tin số 67/2006/QH11 ngày 29/6/2006;\\n- Chỉ thị số 58/CT-TW ngày 17/10/2000 của Bộ Chính trị;\\n- Nghị định 64/2007/NĐ-CP ngày 10/7/2007 của Chính phủ. | 58/ | BASED_ON
          I. CĂN CỨ LẬP KẾ HOẠCH\\n- Luật Công nghệ thông tin số 67/2006/QH11 ngày 29/6/2006;\\n- Chỉ thị số 58/CT-TW ngày 17/10/2000 của Bộ Chính trị;\\n- Nghị định 64/2007/NĐ-CP ngày 10/7/2007 của Chính phủ. | 64/ | BASED_ON
          Căn cứ:\\n- Nghị quyết số 12/NQ-HĐND ngày 10/7/2024 của HĐND tỉnh;\\n+ Kế hoạch số 20/KH-UBND ngày 01/8/2024 của UBND tỉnh. | 20/ | BASED_ON
          I. CĂN CỨ LẬP KẾ HOẠCH\\n- Luật số 67/2006/QH11;\\nII. MỤC TIÊU\\n- Hoàn thành Kế hoạch số 20/KH-UBND ngày 01/8/2024. | 20/ | MENTIONS
          Kết quả như sau:\\n- Ban hành Kế hoạch số 20/KH-UBND ngày 01/8/2024. | 20/ | MENTIONS
          """)
  void aListUnderACueHeadingTakesItsCue(String text, String number, Relation relation) {
    assertEquals(relation, relationOf(text.replace("\\n", "\n"), number));
  }

  /**
   * Two sentences run together by OCR or a table's lines: a sentence cue that opens, capitalised,
   * the part after a {@code ;} governs the documents after it; in lower case it is a clause's verb.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
"""
. 24/9/2012 của UBND tỉnh về thu hồi đất của Công ty CP Công nghiệp Tâu thuỷ _ Bắc Giang; ¬ ¬ ] Căn cứ Quyết định số 29/QĐ-KCN ngày 21/6/2012; Quyết định số 47/QĐ-KCN ngày 14/8/2012. | 29/ | BASED_ON
          Công ty đã hoàn thành dự án; Xét đề nghị của Sở Tài chính tại Tờ trình số 45/TTr-STC ngày 02/3/2024. | 45/ | CONSIDERING
          Công ty đã hoàn thành dự án; căn cứ Quyết định số 29/QĐ-KCN ngày 21/6/2012 của Ban. | 29/ | MENTIONS
          """)
  void aCueOpeningTheRestOfARunTogetherSentenceGovernsIt(
      String text, String number, Relation relation) {
    assertEquals(relation, relationOf(text, number));
  }
}
