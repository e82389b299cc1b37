package io.github.vanban.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RootFoldersTest {

  private static final Path HANOI = Path.of("/du-lieu/ha-noi").toAbsolutePath();
  private static final Path HCM = Path.of("/du-lieu/tp-hcm").toAbsolutePath();

  @Test
  void oneFolderNamesFilesRelativeToIt() {
    RootFolders r = RootFolders.of(List.of(HANOI));
    assertFalse(r.labelled());
    assertEquals("2024/qd-12.pdf", r.id(HANOI, "2024/qd-12.pdf"));
    assertTrue(r.owns("tp-hcm/2024/qd-12.pdf"));
  }

  @Test
  void severalFoldersNameFilesUnderTheFolderName() {
    RootFolders r = RootFolders.of(List.of(HANOI, HCM));
    assertTrue(r.labelled());
    assertEquals("ha-noi/2024/qd-12.pdf", r.id(HANOI, "2024/qd-12.pdf"));
    assertEquals("tp-hcm/2024/qd-12.pdf", r.id(HCM, "2024/qd-12.pdf"));
    assertTrue(r.owns("tp-hcm/2024/qd-12.pdf"));
    assertFalse(r.owns("da-nang/qd-1.pdf"));
    assertFalse(r.owns("ha-noi"));
    assertFalse(r.owns("2024/qd-12.pdf"));
    assertEquals("ha-noi", r.label(HANOI));
  }

  @Test
  void foldersThatCannotShareAnIndexAreRefusedWithBothNames() {
    String twice =
        assertThrows(IllegalArgumentException.class, () -> RootFolders.of(List.of(HANOI, HANOI)))
            .getMessage();
    assertTrue(twice.contains("named twice"), twice);
    String inside =
        assertThrows(
                IllegalArgumentException.class,
                () -> RootFolders.of(List.of(HANOI, HANOI.resolve("2024"))))
            .getMessage();
    assertTrue(inside.contains("lies inside " + HANOI), inside);
    Path otherHanoi = Path.of("/luu-tru/ha-noi").toAbsolutePath();
    String sameName =
        assertThrows(
                IllegalArgumentException.class, () -> RootFolders.of(List.of(HANOI, otherHanoi)))
            .getMessage();
    assertTrue(sameName.contains("two folders are named ha-noi"), sameName);
    assertThrows(IllegalArgumentException.class, () -> RootFolders.of(List.of()));
    assertThrows(IllegalArgumentException.class, () -> RootFolders.of(List.of(Path.of("/"), HCM)));
  }
}
