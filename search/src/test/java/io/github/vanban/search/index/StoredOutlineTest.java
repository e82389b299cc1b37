package io.github.vanban.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.vanban.core.DefaultPipeline;
import io.github.vanban.core.model.TextSpan;
import io.github.vanban.core.recognize.structure.StructureLayer;
import io.github.vanban.core.recognize.structure.StructureNode;
import io.github.vanban.core.testing.EvalDir;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoredOutlineTest {

  private static List<StructureNode> structure(String text) {
    return DefaultPipeline.create().analyze(text).get(StructureLayer.STRUCTURE);
  }

  private static List<StructureNode> withoutTitles(List<StructureNode> nodes) {
    return nodes.stream()
        .map(
            n ->
                new StructureNode(
                    n.level(), n.label(), null, n.span(), withoutTitles(n.children())))
        .toList();
  }

  @Test
  void writesOneLinePerUnitInTextOrder() {
    assertEquals(
        "0\t40\tARTICLE\tĐiều 1\n16\t40\tCLAUSE\tKhoản 1\n30\t40\tPOINT\tĐiểm a\n",
        StoredOutline.encode(structure("Điều 1. Phạm vi\n1. Khoản một:\na) Điểm a.")));
  }

  @Test
  void aTextWithoutStructureStoresNothingAndStandsNowhere() {
    assertNull(StoredOutline.encode(List.of()));
    assertNull(StoredOutline.where(null, new TextSpan(0, 4)));
  }

  /**
   * Cà Mau's regulation of 2006: six chapters, 26 articles, clauses and points, read back whole.
   */
  @Test
  void readsBackTheTreeOfARealRegulation() throws IOException {
    List<StructureNode> real =
        structure(
            Files.readString(EvalDir.file("corpus/real/qd-ubnd-camau-2006-05-quydinh.truth.txt")));
    String stored = StoredOutline.encode(real);
    assertEquals(withoutTitles(real), StoredOutline.decode(stored));
    int point = stored.indexOf("\tPOINT\tĐiểm b");
    int start =
        Integer.parseInt(stored.substring(stored.lastIndexOf('\n', point) + 1).split("\t")[0]);
    assertEquals(
        "Điều 12, khoản 1, điểm b",
        StoredOutline.where(stored, new TextSpan(start + 3, start + 10)));
    assertNull(StoredOutline.where(stored, null));
  }
}
