package io.github.vanban.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vanban.core.model.DateValue;
import io.github.vanban.core.model.Header;
import io.github.vanban.core.model.HeaderField;
import java.util.Map;
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

  /** Fields read from uncertain OCR text get a confidence object after the fields. */
  @Test
  void writesTheConfidenceOfFieldsReadFromUncertainText() {
    Header h =
        new Header(
                "20/BC-SCT",
                "BC",
                "Báo cáo",
                "Sở Công Thương",
                null,
                null,
                null,
                null,
                "Trần Văn Lộc",
                null)
            .withConfidence(Map.of(HeaderField.SIGNER, 0.354, HeaderField.NUMBER, 0.0));
    assertEquals(
        "{\"header\":{\"number\":\"20/BC-SCT\",\"type\":\"BC\",\"typeName\":\"Báo cáo\","
            + "\"issuer\":\"Sở Công Thương\",\"issuerParent\":null,\"place\":null,"
            + "\"issued\":null,\"subject\":null,\"signer\":\"Trần Văn Lộc\","
            + "\"signerTitle\":null,\"confidence\":{\"number\":0.0,\"signer\":0.35}}}",
        JsonObjects.object(g -> JsonObjects.writeHeader(g, h)));
  }

  @Test
  void absentHeaderIsNullAndAnEmptyObjectStaysOnOneLine() {
    assertEquals("{\"header\":null}", JsonObjects.object(g -> JsonObjects.writeHeader(g, null)));
    assertEquals("{}", JsonObjects.object(g -> {}));
  }
}
