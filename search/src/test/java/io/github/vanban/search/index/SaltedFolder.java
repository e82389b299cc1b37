package io.github.vanban.search.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A folder of good documents salted with one file of every hostile class of issue 14 that is not
 * already in {@link CostlyFiles}: format-detection traps, HTML whose content sits in chrome, escape
 * sequences in a name and in text. Each is written with the outcome it must end with.
 */
final class SaltedFolder {

  /** Outcome of a file that must be indexed. */
  static final String INDEXED = "INDEXED";

  private SaltedFolder() {}

  /** Writes {@code good} good documents and the hostile files; returns the hostile outcomes. */
  static Map<String, String> write(Path docs, int good) throws IOException {
    Files.createDirectories(docs);
    for (int i = 0; i < good; i++) {
      Path sub = Files.createDirectories(docs.resolve(String.format("q%02d", i % 20)));
      Files.writeString(
          sub.resolve("qd-" + i + ".txt"),
          "Quyết định số " + i + "/QĐ-UBND về kế hoạch năm 2025. Vốn FDI đạt " + i + " triệu USD.");
    }
    Map<String, String> outcomes = new LinkedHashMap<>();
    String congVan =
        "<p>Số: 12/UBND-VP</p><p>Kính gửi: Sở Tài chính.</p><p>Đề nghị gửi báo cáo quý I.</p>";
    html(docs, outcomes, "html_form.html", "<form>" + congVan + "</form>", INDEXED);
    html(docs, outcomes, "html_header.html", "<header>" + congVan + "</header>", INDEXED);
    html(docs, outcomes, "html_textarea.html", "<textarea>" + congVan + "</textarea>", INDEXED);
    html(docs, outcomes, "html_short-cong-van.html", congVan, INDEXED);
    html(
        docs, outcomes, "html_escapes\u001B[2J.html", congVan + "<p>\u001B]0;x\u0007</p>", INDEXED);
    text(docs, outcomes, "txt_footnote-first.txt", "[1] Nghị quyết số 3/NQ-HĐND.", INDEXED);
    text(
        docs,
        outcomes,
        "txt_one-nul.txt",
        "Quyết định\u0000 số 4/QĐ-UBND.\n" + "Dòng.\n".repeat(50),
        INDEXED);
    text(docs, outcomes, "txt_pdf-marker.txt", "Tệp bắt đầu bằng %PDF-1.7 như mọi PDF.", INDEXED);
    text(
        docs,
        outcomes,
        "md_bao-cao.md",
        "# Báo cáo\n\n**Số:** 9/BC-UBND\n\n| a | b |\n|---|---|\n| 1 | 2 |\n",
        INDEXED);
    text(
        docs,
        outcomes,
        "eml_thu.eml",
        "Return-Path: <a@b.vn>\r\nFrom: a@b.vn\r\nMIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nx",
        "UNSUPPORTED");
    byte[] elf = new byte[2048];
    elf[0] = 0x7F;
    elf[1] = 'E';
    elf[2] = 'L';
    elf[3] = 'F';
    Files.write(docs.resolve("elf_chuong-trinh"), elf);
    outcomes.put("elf_chuong-trinh", "UNSUPPORTED");
    byte[] utf16 =
        ("\uFEFF<html><body>" + congVan + "</body></html>").getBytes(StandardCharsets.UTF_16LE);
    Files.write(docs.resolve("html_utf16.html"), utf16);
    outcomes.put("html_utf16.html", INDEXED);
    return outcomes;
  }

  private static void html(
      Path docs, Map<String, String> outcomes, String name, String body, String outcome)
      throws IOException {
    Files.writeString(docs.resolve(name), "<html><body>" + body + "</body></html>");
    outcomes.put(name, outcome);
  }

  private static void text(
      Path docs, Map<String, String> outcomes, String name, String text, String outcome)
      throws IOException {
    Files.writeString(docs.resolve(name), text);
    outcomes.put(name, outcome);
  }
}
