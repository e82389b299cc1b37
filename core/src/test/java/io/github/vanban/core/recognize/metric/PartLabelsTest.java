package io.github.vanban.core.recognize.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vanban.core.model.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartLabelsTest {

  private static boolean labelled(String text, String cue) {
    String key = CueKey.of(text);
    int start = key.indexOf(CueKey.of(cue));
    return PartLabels.labelled(key, new TextSpan(start, start + cue.length()));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          - Khu vực kinh tế có vốn đầu tư nước ngoài: Dự tính GTSX CN đạt 320,6 tỷ đồng | GTSX CN | true
          - KCN Đình Trám:Tổng vốn đầu tư thực hiện đạt 135 tỷ VNĐ                  | vốn đầu tư thực hiện | true
          Ngành công nghiệp chế biến: Dự tính GTSX CN đạt 588,9 tỷ đồng              | GTSX CN | true
          - Thị xã Việt Yên: tỷ lệ hộ nghèo còn 3,1%                                 | tỷ lệ hộ nghèo | true
          1. Sản xuất công nghiệp: Dự tính GTSX CN đạt 646,6 tỷ đồng                 | GTSX CN | false
          a) Mục tiêu: tỷ lệ hộ nghèo dưới 3%                                        | tỷ lệ hộ nghèo | false
          Thu nhập bình quân đầu người: năm 2013 đạt 62,9 triệu đồng                 | thu nhập bình quân đầu người | false
          - Khu vực nông thôn, tỷ lệ hộ nghèo còn 3%                                 | tỷ lệ hộ nghèo | false
          """)
  void findsTheLabelOfAPart(String text, String cue, boolean expected) {
    assertEquals(expected, labelled(text, cue));
  }

  @Test
  void aCueAtTheStartOfTheTextHasNoLabel() {
    assertEquals(false, labelled("tỷ lệ hộ nghèo 3%", "tỷ lệ hộ nghèo"));
  }

  @Test
  void aLabelLongerThanAnItemIsNoPart() {
    String text = "- Khu vực " + "rất ".repeat(30) + "xa: tỷ lệ hộ nghèo 3%";
    assertEquals(false, labelled(text, "tỷ lệ hộ nghèo"));
  }
}
