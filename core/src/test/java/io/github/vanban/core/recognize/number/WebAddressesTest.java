package io.github.vanban.core.recognize.number;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vanban.core.model.TextSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebAddressesTest {

  @Test
  void findsWebAndMailAddresses() {
    String text =
        "xem https://vbpl.vn/van-ban?so=205/NQ-HĐND hoặc www.qn.gov.vn, thư vp@qn.gov.vn.";
    List<TextSpan> found = WebAddresses.find(text);
    assertEquals(3, found.size());
    assertEquals("https://vbpl.vn/van-ban?so=205/NQ-HĐND", found.get(0).of(text));
    assertEquals("www.qn.gov.vn,", found.get(1).of(text));
    assertEquals("vp@qn.gov.vn", found.get(2).of(text));
  }

  @Test
  void findsNothingElse() {
    assertEquals(List.of(), WebAddresses.find("Nghị quyết số 205/NQ-HĐND ngày 10/7/2024"));
    assertEquals(List.of(), WebAddresses.find(""));
  }
}
