package io.github.vanban.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vanban.core.model.DateValue;
import io.github.vanban.core.model.Header;
import org.junit.jupiter.api.Test;

class JsonObjectsTest {

  @Test
  void writesTheHeaderObjectOfOutputMd() {
    Header h =
        new Header(
            "205/NQ-HĐND",
            "NQ",
            "Nghị quyết",
            "Hội đồng nhân dân tỉnh Quảng Ninh",
            null,
            "Quảng Ninh",
            DateValue.parse("2024-07-10"),
            "Về nhiệm vụ phát triển kinh tế - xã hội 6 tháng cuối năm 2024",
            "Nguyễn Xuân Ký",
            "CHỦ TỊCH");
    assertEquals(
        "{\"header\":{\"number\":\"205/NQ-HĐND\",\"type\":\"NQ\",\"typeName\":\"Nghị quyết\","
            + "\"issuer\":\"Hội đồng nhân dân tỉnh Quảng Ninh\",\"issuerParent\":null,"
            + "\"place\":\"Quảng Ninh\",\"issued\":\"2024-07-10\",\"subject\":\"Về nhiệm vụ phát"
            + " triển kinh tế - xã hội 6 tháng cuối năm 2024\",\"signer\":\"Nguyễn Xuân Ký\","
            + "\"signerTitle\":\"CHỦ TỊCH\"}}",
        JsonObjects.object(g -> JsonObjects.writeHeader(g, h)));
  }

  @Test
  void absentHeaderIsNullAndAnEmptyObjectStaysOnOneLine() {
    assertEquals("{\"header\":null}", JsonObjects.object(g -> JsonObjects.writeHeader(g, null)));
    assertEquals("{}", JsonObjects.object(g -> {}));
  }
}
