package io.github.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

  @TempDir Path dir;

  final Cli cli = new Cli();

  @Test
  void aMissingFileIsSaidToBeMissingAndAFolderToBeAFolder() throws Exception {
    Path missing = dir.resolve("khong-co.pdf");
    assertEquals(1, cli.run("extract", "--text", missing.toString()));
    assertEquals(
        "vanban: " + missing + ": UNREADABLE: cannot read khong-co.pdf: no such file\n", cli.err());
    Path folder = Files.createDirectories(dir.resolve("thu-muc.pdf"));
    assertEquals(1, cli.run("extract", "--text", folder.toString()));
    assertEquals(
        "vanban: "
            + folder
            + ": UNREADABLE: cannot read thu-muc.pdf: not a regular file (a folder, named pipe or"
            + " device)\n",
        cli.err());
  }
}
