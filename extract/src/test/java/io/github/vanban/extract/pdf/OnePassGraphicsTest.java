package io.github.vanban.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vanban.core.testing.EvalDir;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * The graphics a page's text pass reads in the same interpretation of its content stream are those
 * a pass of their own reads: rulings, white covers, grounds, image coverage and every operator
 * order.
 */
class OnePassGraphicsTest {

  private static final List<String> FILES =
      List.of(
          // ruled tables
          "corpus/formats/nq-205-2024-hdnd-quangninh.pdf",
          "corpus/formats/bc-chinhtri-dh16-quangninh.pdf",
          // white boxes painted over text
          "corpus/real/qd-ubnd-hanoi-2024-70-overlay.pdf",
          // scans with a text layer drawn over their images
          "corpus/provinces/cv-ubnd-brvt-2019-1602-baocaogia-scan.pdf",
          "corpus/provinces/qd-ubnd-khanhhoa-2023-21-giadat-scan.pdf");

  @Test
  void readsTheSameGraphicsAsAPassOfTheirOwn() throws IOException {
    List<PageGraphics> read = new ArrayList<>();
    for (String file : FILES) {
      try (PDDocument document = Loader.loadPDF(EvalDir.file(file).toFile())) {
        Deadline deadline = Deadline.after(Duration.ofMinutes(5));
        GlyphCollector glyphs = new GlyphCollector(deadline);
        for (int n = 1; n <= document.getNumberOfPages(); n++) {
          PageGraphics apart = new GraphicsCollector(document.getPage(n - 1), deadline).collect();
          PageGraphics inTextPass = glyphs.collect(document, n, null).graphics();
          assertEquals(apart, inTextPass, file + " page " + n);
          read.add(inTextPass);
        }
      }
    }
    assertTrue(read.stream().anyMatch(g -> !g.rulings().isEmpty()), "no page with rulings");
    assertTrue(read.stream().anyMatch(g -> !g.covers().isEmpty()), "no page with white covers");
    assertTrue(read.stream().anyMatch(g -> g.imageCoverage() > 0.5f), "no page under an image");
    assertTrue(
        read.stream().anyMatch(g -> g.grounds().stream().anyMatch(PageGraphics.Ground::image)),
        "no image ground");
  }
}
