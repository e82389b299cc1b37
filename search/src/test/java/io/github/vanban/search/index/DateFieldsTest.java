package io.github.vanban.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vanban.core.DefaultPipeline;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongRange;
import org.junit.jupiter.api.Test;

class DateFieldsTest {

  @Test
  void eachDistinctDateIsOneRangeAndEveryMentionCounts() {
    AnalyzedDocument doc =
        DefaultPipeline.create()
            .analyze(
                "Căn cứ Nghị quyết ngày 08/12/2023 của Hội đồng nhân dân tỉnh.\n"
                    + "Kế hoạch năm 2024 thực hiện Nghị quyết ngày 08/12/2023.\n");
    Document d = new Document();
    new DateFields().addFields(doc.dates(), new MappedFile("a.txt", doc), d);
    assertEquals(
        List.of("2023-12-08/2023-12-08", "2024-01-01/2024-12-31"),
        Arrays.stream(d.getFields(IndexFields.DATES))
            .map(f -> (LongRange) f)
            .map(r -> day(r.getMin(0)) + "/" + day(r.getMax(0)))
            .toList());
    assertEquals(3, d.getField(IndexFields.COUNT_DATES).numericValue().intValue());
  }

  @Test
  void aTextWithoutDatesCountsNone() {
    AnalyzedDocument doc = DefaultPipeline.create().analyze("Bản tin ngắn, không có ngày tháng.");
    Document d = new Document();
    new DateFields().addFields(doc.dates(), new MappedFile("a.txt", doc), d);
    assertEquals(0, d.getFields(IndexFields.DATES).length);
    assertEquals(0, d.getField(IndexFields.COUNT_DATES).numericValue().intValue());
  }

  private static LocalDate day(long epochDay) {
    return LocalDate.ofEpochDay(epochDay);
  }
}
