package io.github.vanban.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationRubberStamp;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class Type3FontsTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void findsType3FontsWhereverThePageCanSelectThem(String where, PDPage page, boolean expected) {
    assertEquals(expected, Type3Fonts.onPage(page));
  }

  static Stream<Arguments> pages() {
    return Stream.of(
        Arguments.of("empty page", new PDPage(), false),
        Arguments.of("page fonts, none Type 3", page(fonts("Type0")), false),
        Arguments.of("Type 3 in the page fonts", page(fonts("Type3")), true),
        Arguments.of("Type 3 in a form", page(form(fonts("Type3"))), true),
        Arguments.of("TrueType in a form", page(form(fonts("TrueType"))), false),
        Arguments.of("Type 3 in a graphics state", page(state("Type3")), true),
        Arguments.of("Type 3 in a stamp's appearance", stamped(fonts("Type3")), true));
  }

  private static COSDictionary fonts(String subtype) {
    COSDictionary font = entry(COSName.TYPE, COSName.FONT);
    font.setItem(COSName.SUBTYPE, COSName.getPDFName(subtype));
    return entry(COSName.FONT, entry(COSName.getPDFName("F1"), font));
  }

  private static COSDictionary form(COSDictionary formResources) {
    COSStream form = new COSStream();
    form.setItem(COSName.SUBTYPE, COSName.FORM);
    form.setItem(COSName.RESOURCES, formResources);
    return entry(COSName.XOBJECT, entry(COSName.getPDFName("X1"), form));
  }

  private static COSDictionary state(String subtype) {
    COSDictionary font = fonts(subtype).getCOSDictionary(COSName.FONT);
    COSArray setting = new COSArray();
    setting.add(font.getDictionaryObject(COSName.getPDFName("F1")));
    setting.add(new COSFloat(12));
    return entry(
        COSName.EXT_G_STATE, entry(COSName.getPDFName("GS1"), entry(COSName.FONT, setting)));
  }

  /** Returns a dictionary of one entry. */
  private static COSDictionary entry(COSName key, COSBase value) {
    COSDictionary dictionary = new COSDictionary();
    dictionary.setItem(key, value);
    return dictionary;
  }

  private static PDPage page(COSDictionary resources) {
    PDPage page = new PDPage();
    page.setResources(new PDResources(resources));
    return page;
  }

  private static PDPage stamped(COSDictionary appearanceResources) {
    COSStream stream = new COSStream();
    stream.setItem(COSName.RESOURCES, appearanceResources);
    PDAppearanceDictionary appearance = new PDAppearanceDictionary();
    appearance.setNormalAppearance(new PDAppearanceStream(stream));
    PDAnnotation stamp = new PDAnnotationRubberStamp();
    stamp.setAppearance(appearance);
    PDPage page = page(fonts("Type0"));
    page.setAnnotations(List.of(stamp));
    return page;
  }
}
