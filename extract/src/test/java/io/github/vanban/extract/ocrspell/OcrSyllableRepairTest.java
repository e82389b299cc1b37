package io.github.vanban.extract.ocrspell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.testing.EvalDir;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OcrSyllableRepairTest {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{Mn}]+");

  /** Misreadings Tesseract made on the development part's scans, and the words on the page. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Sửa đồi, bố sung|Sửa đổi, bổ sung",
        "kiêm tra công tác cäi cách|kiểm tra công tác cải cách",
        "Phiên họp thứ nhât|Phiên họp thứ nhất",
        "đây mạnh thu hút đầu tư|đẩy mạnh thu hút đầu tư",
        "chí đạo thực hiện nghị quyét|chỉ đạo thực hiện nghị quyết",
        "tình thân Nghị quyêt|tinh thần Nghị quyết",
        "QUYÉT ĐỊNH|QUYẾT ĐỊNH",
        "phần mềm nguỗn mở|phần mềm nguồn mở",
        "dự toán ngần sách nhà nước|dự toán ngân sách nhà nước",
      })
  void putsBackTheMarksOcrMisread(String read, String page) {
    assertEquals(page, OcrSyllableRepair.repair(read));
  }

  /** {@code đữ} is {@code cứ} misread in a letter, not a mark: only {@code só} can be repaired. */
  @Test
  void repairsOnlyMarks() {
    assertEquals("Can đữ Nghị định số", OcrSyllableRepair.repair("Can đữ Nghị định só"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Căn cứ Nghị định số 23/2024/NĐ-CP",
        "thuế VAT và GDP",
        "Trang thông tin điện tử www.quangninh.gov.vn",
        "Số: 36/NQ-HĐND",
        "Tại đây, ở đây và đó",
        "Microsoft Word, Internet",
        "",
      })
  void leavesCorrectTextAlone(String text) {
    assertEquals(text, OcrSyllableRepair.repair(text));
  }

  /**
   * The born-digital seeds: the repair changes almost nothing of correct text. Measured: 0 words
   * changed of about 38,000.
   */
  @Test
  void changesAlmostNothingInCorrectText() throws IOException {
    int words = 0;
    int changed = 0;
    try (Stream<Path> files = Files.list(EvalDir.root().resolve("corpus/seeds"))) {
      for (Path file : files.sorted().toList()) {
        String text = Normalizer.normalize(Files.readString(file), Normalizer.Form.NFC);
        List<String> before = words(text);
        List<String> after = words(OcrSyllableRepair.repair(text));
        assertEquals(before.size(), after.size(), file.toString());
        for (int i = 0; i < before.size(); i++) {
          words++;
          changed += before.get(i).equals(after.get(i)) ? 0 : 1;
        }
      }
    }
    System.out.printf("seeds: %d of %d words changed%n", changed, words);
    assertTrue(words > 10_000, "words " + words);
    assertTrue(changed <= words / 2000, changed + " of " + words + " words changed");
  }

  private static List<String> words(String text) {
    Matcher m = WORD.matcher(text);
    List<String> out = new java.util.ArrayList<>();
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
