package io.github.vanban.core.recognize.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vanban.core.model.TextSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class CueFinderTest {

  private final CueFinder finder =
      new CueFinder(
          List.of(
              new Indicator("ne", "", "", List.of("thành lập mới .* doanh nghiệp"), List.of("x")),
              new Indicator("gs", "", "", List.of("tổng sản phẩm trên địa bàn"), List.of("x")),
              new Indicator(
                  "gg", "", "", List.of("tăng trưởng tổng sản phẩm trên địa bàn"), List.of("x"))));

  @Test
  void matchesAGapAcrossNumbersButNotAcrossClauses() {
    String s = "thành lập mới trên 2.000 doanh nghiệp; thành lập mới. Có doanh nghiệp";
    List<CueMatch> m = finder.find(s);
    assertEquals(1, m.size());
    assertEquals(new TextSpan(0, s.indexOf(";")), m.get(0).span());
  }

  @Test
  void keepsTheLongestOfOverlappingCues() {
    List<CueMatch> m = finder.find("Tăng trưởng tổng sản phẩm trên địa bàn đạt 10%");
    assertEquals(1, m.size());
    assertEquals("gg", m.get(0).indicator().id());
  }

  @Test
  void needsWordBoundaries() {
    assertEquals(List.of(), finder.find("xtổng sản phẩm trên địa bànx"));
    assertEquals(List.of(), finder.find(""));
  }

  @Test
  void namesAnIndicatorByAWholeCue() {
    assertEquals("gs", finder.named(" Tổng sản phẩm trên địa bàn ").orElseThrow().id());
    assertEquals(true, finder.named("thành lập mới").isEmpty());
  }
}
