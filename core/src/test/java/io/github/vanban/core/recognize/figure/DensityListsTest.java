package io.github.vanban.core.recognize.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vanban.core.model.Figure;
import java.util.List;
import org.junit.jupiter.api.Test;

class DensityListsTest {

  private final FigureRecognizer recognizer = new FigureRecognizer();

  @Test
  void distributesTheDenominatorAndWidensUnitsAndTexts() {
    String s = "đạt 14,85 bác sĩ, 2,6 dược sĩ đại học và 23 điều dưỡng trên 1 vạn dân";
    List<Figure> f = recognizer.recognize(s);
    assertEquals("bác sĩ/1 vạn dân", f.get(0).unit());
    assertEquals("2,6 dược sĩ đại học", f.get(1).text());
    assertEquals(s.indexOf("2,6"), f.get(1).span().start());
    assertEquals(s.indexOf(" và"), f.get(1).span().end());
    assertEquals("23 điều dưỡng trên 1 vạn dân", f.get(2).text());
  }

  @Test
  void stopsAtAnythingButAListSeparator() {
    String s = "có 5 bác sĩ làm việc tại trạm từ năm ngoái cho tới nay, 19 bác sỹ/1 vạn dân";
    List<Figure> f = recognizer.recognize(s);
    assertEquals("bác sĩ", f.get(0).unit());
    assertEquals("bác sỹ/1 vạn dân", f.get(1).unit());
  }

  @Test
  void leavesListsWithoutDenominatorsAlone() {
    List<Figure> f = recognizer.recognize("có 5 xã, 3 phường");
    assertEquals(List.of("xã", "phường"), f.stream().map(Figure::unit).toList());
    assertEquals(List.of(), DensityLists.distribute("", List.of()));
  }
}
