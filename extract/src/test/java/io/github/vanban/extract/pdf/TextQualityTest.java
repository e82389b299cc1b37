package io.github.vanban.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextQualityTest {

  @Test
  void vietnameseTextIsReadable() {
    String text = "Căn cứ Luật Tổ chức chính quyền địa phương năm 2015; tăng 8,42% so với cùng kỳ.";
    assertEquals(0.0, TextQuality.garbledShare(text));
    assertFalse(TextQuality.garbled(text));
  }

  @Test
  void undecodedTcvn3IsGarbled() {
    String text = "B¸o c¸o vÒ t×nh h×nh s¶n xuÊt kinh doanh ngµnh c«ng nghiÖp th¸ng 02 vµ 2 th¸ng";
    assertTrue(
        TextQuality.garbledShare(text) > TextQuality.GARBLED,
        () -> "" + TextQuality.garbledShare(text));
    assertTrue(TextQuality.garbled(text));
  }

  @Test
  void shortTextIsNotJudged() {
    assertFalse(TextQuality.garbled("¸×Ò"));
  }

  @Test
  void emptyTextIsClean() {
    assertEquals(0.0, TextQuality.garbledShare(""));
    assertFalse(TextQuality.garbled(""));
  }

  @Test
  void glyphsInNoReadingOrderAreScrambledThoughEveryCharacterIsReadable() {
    // The start of a page whose glyphs a PDF placed one by one (eval corpus, a Thanh Hóa draft).
    String text =
        "L8CnqOHđlnưB7uộhuhKóờ/àanâậaía2nRng tn n0 gh/ CCCTĐ(vHT hưdK1 O h hềhổăăăpợâi5ớỘHàTP"
            + " àềeiK nnnhSđp/cệcnunoQIỈIƯ ủ ổ ốuh;R ccNhtđ vchĐ :iỉH1 đứứỜ qà ồứn sH / .ỒềccDmK"
            + " uu 1n h SL NcP h yấN3gNT cnaớổô PáuTíh u Gt; hgnđg niH cGậ tI h/t ạcírhhQịgha )"
            + " tcntaAoô mvT ị ị N yô TCđhĐn csămHnN Rcn đ ửốổHhhng á-vhqủvgHoịụ iưaỰứ n àiuHÂcHềa";
    assertEquals(0.0, TextQuality.garbledShare(text), 0.01);
    assertTrue(TextQuality.scrambled(text), () -> "" + TextQuality.scrambledShare(text));
  }

  @Test
  void aReportWithCodesAndAcronymsIsNotScrambled() {
    String text =
        "Căn cứ Nghị định số 34/2017/NĐ-CP của Chính phủ; Văn phòng Chính phủ (VPCP) thông báo"
            + " để các Bộ, cơ quan ngang bộ, TTgCP, các PTTgCP, UBND các tỉnh, thành phố trực"
            + " thuộc Trung ương biết, thực hiện. Tốc độ tăng trưởng GRDP đạt 8,42%, thu ngân"
            + " sách 12.500 tỷ đồng; website www.hanoi.gov.vn; email: vpub@hanoi.gov.vn; mã số"
            + " thuế 0100109106; Điều 3, khoản 2.";
    assertFalse(TextQuality.scrambled(text), () -> "" + TextQuality.scrambledShare(text));
  }
}
