package io.github.vanban.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vanban.core.DefaultPipeline;
import io.github.vanban.core.model.Metric;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import io.github.vanban.search.testing.FixtureStage;
import java.util.List;
import org.apache.lucene.document.Document;
import org.junit.jupiter.api.Test;

class MetricFieldsTest {

  private static final String TEXT =
      "Số: 45/BC-UBND\nThu hút FDI ước đạt 3,1 tỷ USD năm 2024.\n"
          + "Thu hút FDI phấn đấu đạt 3,5 tỷ USD năm 2025.\n";

  @Test
  void eachMetricIsADocumentOfItsFileAndTheFileCountsThem() {
    AnalyzedDocument doc = DefaultPipeline.create().with(new FixtureStage()).analyze(TEXT);
    MappedFile file = new MappedFile("bc.txt", doc);
    MetricFields fields = new MetricFields();
    Document d = new Document();
    fields.addFields(doc.metrics(), file, d);
    assertEquals(2, d.getField(IndexFields.COUNT_METRICS).numericValue().intValue());
    List<Document> metrics = fields.documents(doc.metrics(), file);
    assertEquals(2, metrics.size());
    Document first = metrics.get(0);
    Metric m = doc.metrics().get(0);
    assertEquals("metric", first.getField(IndexFields.KIND).stringValue());
    assertEquals("bc.txt", first.get(IndexFields.SOURCE));
    assertEquals("45/BC-UBND", first.get(IndexFields.SOURCE_NUMBER));
    assertEquals("fdi", first.get(IndexFields.INDICATOR));
    assertEquals(3.1e9, first.getField(IndexFields.VALUE).numericValue().doubleValue(), 1);
    assertEquals("ESTIMATE", first.get(IndexFields.STATUS));
    assertEquals("2024", first.get(IndexFields.PERIOD));
    assertEquals(m.span().start(), first.getField(IndexFields.START).numericValue().intValue());
    assertEquals("TARGET", metrics.get(1).get(IndexFields.STATUS));
    assertEquals("2025", metrics.get(1).get(IndexFields.PERIOD));
  }

  @Test
  void aFileWithoutMetricsHasNone() {
    AnalyzedDocument doc = DefaultPipeline.create().analyze("Bản tin ngắn.");
    MappedFile file = new MappedFile("tin.txt", doc);
    Document d = new Document();
    new MetricFields().addFields(doc.metrics(), file, d);
    assertEquals(0, d.getField(IndexFields.COUNT_METRICS).numericValue().intValue());
    assertEquals(List.of(), new MetricFields().documents(doc.metrics(), file));
  }
}
