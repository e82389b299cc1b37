package io.github.vanban.core.recognize.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HeadingTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "Phần I|PART|Phần I|-",
        "PHẦN THỨ HAI. CÁC CHẾ ĐỘ|PART|Phần thứ hai|CÁC CHẾ ĐỘ",
        "Chương I|CHAPTER|Chương I|-",
        "CHƯƠNG 2: QUY ĐỊNH CHUNG|CHAPTER|Chương 2|QUY ĐỊNH CHUNG",
        "Chương XI Tổ chức thực hiện|CHAPTER|Chương XI|Tổ chức thực hiện",
        "Mục 3. THANH TRA|SECTION|Mục 3|THANH TRA",
        "Điều 1 . Phạm vi điều chỉnh.|ARTICLE|Điều 1|Phạm vi điều chỉnh",
        "ĐIỀU 12: Hiệu lực thi hành|ARTICLE|Điều 12|Hiệu lực thi hành",
        "Điều 25.|ARTICLE|Điều 25|-",
        "Điều 10. Các loại hồ sơ, công việc trình Ủy ban nhân dân cấp tỉnh, Chủ tịch Ủy ban nhân dân"
            + " cấp tỉnh, Phó Chủ tịch Ủy ban nhân dân cấp tỉnh|ARTICLE|Điều 10|Các loại hồ sơ, công"
            + " việc trình Ủy ban nhân dân cấp tỉnh, Chủ tịch Ủy ban nhân dân cấp tỉnh, Phó Chủ tịch"
            + " Ủy ban nhân dân cấp tỉnh",
        "Điều 7|ARTICLE|Điều 7|-",
        "Điều 2. Quyết định này có hiệu lực từ ngày ký. Giao Sở Nội vụ thi hành.|ARTICLE|Điều 2|-",
        "1. Giá đất ở|CLAUSE|Khoản 1|-",
        "114.Sắp xếp toàn bộ diện tích|CLAUSE|Khoản 114|-",
        "a) Trường hợp thứ nhất;|POINT|Điểm a|-",
        "đ) Trường hợp thứ năm;|POINT|Điểm đ|-",
        "b. Thẻ kiểm tra cấp huyện|POINT|Điểm b|-",
      })
  void readsAHeadingLine(String line, StructureLevel level, String label, String title) {
    Heading h = Heading.parse(line).orElseThrow();
    assertEquals(level, h.level());
    assertEquals(label, h.label());
    assertEquals(title, h.title());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Điều 1 của Nghị quyết này có hiệu lực",
        "Điều này thành phường mới",
        "Chương trình cải cách hành chính",
        "CHƯƠNG TRÌNH HÀNH ĐỘNG",
        "Chương 3 của Luật",
        "Mục tiêu chung:",
        "MỤC LỤC",
        "Phần lớn các xã đã hoàn thành",
        "1.5 tỷ đồng",
        "2025. Năm bản lề",
        "2.1. Tiếp tục hoàn thiện thể chế",
        "a.b",
        "A. Nội dung cải cách",
        "",
      })
  void readsBodyTextAsNoHeading(String line) {
    assertTrue(Heading.parse(line).isEmpty(), line);
  }

  @ParameterizedTest
  @CsvSource({"a,1", "đ,5", "e,6", "g,7", "y,23"})
  void ordersPointLettersAsLegalDraftingDoes(String letter, int ordinal) {
    assertEquals(ordinal, Heading.parse(letter + ") nội dung").orElseThrow().ordinal());
  }
}
