package io.github.vanban.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingExampleTest {

  @TempDir Path dir;

  @Test
  void indexesSearchesAndLooksUpANumber() throws Exception {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Files.writeString(
        docs.resolve("nq.txt"),
        "HỘI ĐỒNG NHÂN DÂN\nTỈNH QUẢNG NINH\n\nSố: 205/NQ-HĐND\n\n"
            + "Quảng Ninh, ngày 10 tháng 7 năm 2024\n\nNGHỊ QUYẾT\n"
            + "Về phát triển kinh tế di sản\n\nPhát triển kinh tế di sản gắn với du lịch.\n",
        StandardCharsets.UTF_8);
    Files.writeString(docs.resolve("tin.txt"), "Tin thể thao hôm nay.", StandardCharsets.UTF_8);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream saved = System.out;
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      EmbeddingExample.main(
          new String[] {
            docs.toString(), dir.resolve("index").toString(), "kinh te di san", "205/nq-hdnd"
          });
    } finally {
      System.setOut(saved);
    }
    List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals("indexed 2 new or changed files", lines.get(0));
    assertEquals(3, lines.size(), lines.toString());
    assertEquals(true, lines.get(1).startsWith("nq.txt: "), lines.get(1));
    assertEquals(true, lines.get(1).contains("<b>kinh tế di sản</b>"), lines.get(1));
    assertEquals("nq.txt is 205/NQ-HĐND", lines.get(2));
  }
}
