package io.github.vanban.opensearch;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vanban.core.DefaultPipeline;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import io.github.vanban.core.pipeline.Layer;
import io.github.vanban.core.pipeline.LayerKey;
import io.github.vanban.extract.ExtractContext;
import io.github.vanban.extract.Extractors;
import io.github.vanban.extract.OcrMode;
import io.github.vanban.search.index.LayerMappings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.OptionalInt;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The registry of OpenSearch layer mappings on a sample file, without a cluster (an IT only because
 * this module's tests run after its zip is built): the built-in layers are those the local index
 * maps, the counts and derived fields come from the layers' mappings, and a printed layer of the
 * test's own is reshaped, counted and derived from by registering its mapping.
 */
public class OpenSearchMappingsIT {

  /** A printed layer of the test's own: a note on the file, {@code "none"} when there is none. */
  static final LayerKey<String> NOTE =
      LayerKey.of("NOTE", "none").printedAs("note", JsonGenerator::writeString);

  /** Prints the note in upper case, counts its words and derives its length. */
  static final class NoteFields implements OpenSearchLayerFields<String> {

    @Override
    public void copy(JsonParser printed, String note, AnalyzedDocument doc, JsonGenerator g)
        throws IOException {
      g.writeString(printed.getText().toUpperCase(Locale.ROOT));
    }

    @Override
    public OptionalInt count(String note) {
      return OptionalInt.of(note.split(" ").length);
    }

    @Override
    public void writeDerived(String note, JsonGenerator g) throws IOException {
      g.writeNumberField("noteLength", note.length());
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private static AnalyzedDocument sample;

  @BeforeClass
  public static void analyseASample() throws Exception {
    Path file =
        Path.of(System.getProperty("vanban.samples", "../samples/docs"))
            .resolve("bc-ubnd-kinhte-2024.docx");
    sample =
        DefaultPipeline.create()
            .analyze(
                Extractors.standard().extract(file, ExtractContext.DEFAULT.withOcr(OcrMode.OFF)));
    assertThat("the sample has metrics", sample.metrics().isEmpty(), equalTo(false));
  }

  @Test
  public void theStandardLayersAreTheLocalIndexs() {
    assertThat(
        new HashSet<>(OpenSearchMappings.STANDARD.keys()),
        equalTo(new HashSet<>(LayerMappings.STANDARD.keys())));
  }

  @Test
  public void countsExcerptsAndDerivedFieldsComeFromTheLayersMappings() throws IOException {
    JsonNode fields = JSON.readTree(AnalysisFields.json(sample));
    JsonNode counts = fields.path("counts");
    assertThat(counts.path("metrics").asInt(), equalTo(sample.metrics().size()));
    assertThat(counts.path("references").asInt(), equalTo(sample.references().size()));
    assertThat(counts.path("dates").asInt(), equalTo(sample.dates().size()));
    assertThat(counts.path("figures").asInt(), equalTo(sample.figures().size()));
    assertThat(counts.size(), equalTo(4));
    assertThat(fields.path("metrics").get(0).path("excerpt").asText(""), not(equalTo("")));
    assertThat(fields.path("typeKey").textValue(), notNullValue());

    JsonNode without =
        JSON.readTree(
            AnalysisFields.json(
                sample,
                OpenSearchMappings.STANDARD.with(Layer.METRICS, new OpenSearchLayerFields<>() {})));
    assertThat(without.path("counts").has("metrics"), equalTo(false));
    assertThat(without.path("metrics").get(0).has("excerpt"), equalTo(false));
    assertThat(without.path("metrics").size(), equalTo(sample.metrics().size()));
  }

  @Test
  public void aLayerOfItsOwnIsMappedByRegisteringIt() throws IOException {
    AnalyzedDocument noted = sample.with(NOTE, "Luật Thống kê");
    JsonNode printed = JSON.readTree(AnalysisFields.json(noted));
    assertThat(printed.path("note").asText(), equalTo("Luật Thống kê"));
    assertThat(printed.has("noteLength"), equalTo(false));

    OpenSearchMappings mappings = OpenSearchMappings.STANDARD.with(NOTE, new NoteFields());
    JsonNode mapped = JSON.readTree(AnalysisFields.json(noted, mappings));
    assertThat(mapped.path("note").asText(), equalTo("LUẬT THỐNG KÊ"));
    assertThat(mapped.path("counts").path("note").asInt(), equalTo(3));
    assertThat(mapped.path("noteLength").asInt(), equalTo(13));
    assertThat(mapped.path("counts").path("metrics").asInt(), equalTo(sample.metrics().size()));
  }
}
