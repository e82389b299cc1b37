package io.github.vanban.web;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.vanban.core.json.AnalysisJsonWriter;
import io.github.vanban.core.json.JsonObjects;
import io.github.vanban.core.model.DocumentMetadata;
import io.github.vanban.core.model.DocumentNumber;
import io.github.vanban.core.model.ExtractedDocument;
import io.github.vanban.core.model.Relation;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import io.github.vanban.core.pipeline.Pipeline;
import io.github.vanban.search.IndexQueries;
import io.github.vanban.search.query.Citation;
import io.github.vanban.search.query.DocumentSummary;
import io.github.vanban.search.query.IndexedDocument;
import io.github.vanban.search.query.NumberResult;
import io.github.vanban.search.query.QueryJsonWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /api/documents/{source}}: one indexed file with every finding and its relations both
 * ways.
 *
 * <p>The answer holds {@code analysis}, the object of {@code vanban extract --json} for the text
 * the index stores (the pipeline is run again on it, so dates and figures come with their spans;
 * the header is the indexed one); {@code cites}, each number the file cites with the indexed files
 * that bear it; {@code citedBy}, the {@code vanban number --json} object of its own number (or
 * {@code null}); and {@code status}, the later documents that replace or amend it. Thread-safe.
 */
final class DocumentApi {

  /** The most distinct cited numbers looked up for links. */
  static final int MAX_CITED = 300;

  private final IndexQueries backend;
  private final SourceSummaries summaries;
  private final Pipeline pipeline;
  private final AnalysisJsonWriter analysisWriter = new AnalysisJsonWriter();
  private final QueryJsonWriter queryWriter = new QueryJsonWriter();

  DocumentApi(IndexQueries backend, SourceSummaries summaries, Pipeline pipeline) {
    this.backend = backend;
    this.summaries = summaries;
    this.pipeline = pipeline;
  }

  String document(String source) throws IOException {
    IndexedDocument d =
        backend
            .document(source)
            .orElseThrow(() -> ApiException.notFound("no indexed document " + source));
    DocumentSummary s = d.summary();
    ExtractedDocument text =
        new ExtractedDocument(
            d.text(),
            List.of(),
            DocumentMetadata.ofFormat(s.format()).withPages(d.pages()),
            List.of());
    AnalyzedDocument analysed = pipeline.analyze(text).withHeader(s.header());
    Map<String, List<String>> cited = cited(analysed.references(), source);
    NumberResult citedBy = s.number() == null ? null : backend.number(s.number());
    return JsonObjects.object(
        g -> {
          g.writeStringField("source", source);
          g.writeStringField("title", s.title());
          g.writeFieldName("analysis");
          g.writeRawValue(analysisWriter.write(source, analysed));
          writeCited(g, cited);
          g.writeFieldName("citedBy");
          if (citedBy == null) {
            g.writeNull();
          } else {
            g.writeRawValue(queryWriter.write(citedBy));
          }
          writeStatus(g, citedBy);
        });
  }

  /** Each cited number (canonical) to the indexed files that bear it, other than this one. */
  private Map<String, List<String>> cited(List<DocumentNumber> refs, String self)
      throws IOException {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (DocumentNumber r : refs) {
      if (r.number() == null || out.containsKey(r.number()) || out.size() >= MAX_CITED) {
        continue;
      }
      List<String> sources = new ArrayList<>();
      try {
        for (DocumentSummary d : backend.number(r.number()).documents()) {
          if (!d.source().equals(self)) {
            sources.add(d.source());
          }
        }
      } catch (IllegalArgumentException e) {
        // A number without digits cannot be looked up: it links nowhere.
      }
      out.put(r.number(), sources);
    }
    return out;
  }

  private static void writeCited(JsonGenerator g, Map<String, List<String>> cited)
      throws IOException {
    g.writeObjectFieldStart("cites");
    for (Map.Entry<String, List<String>> e : cited.entrySet()) {
      g.writeArrayFieldStart(e.getKey());
      for (String s : e.getValue()) {
        g.writeString(s);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /** Writes the documents replacing or amending this one, with their dates, replacements first. */
  private void writeStatus(JsonGenerator g, NumberResult citedBy) throws IOException {
    g.writeArrayFieldStart("status");
    if (citedBy != null) {
      for (Relation relation : List.of(Relation.REPLACES, Relation.AMENDS)) {
        for (Citation c : citedBy.citedBy()) {
          if (c.relation() == relation) {
            Optional<DocumentSummary> by = summaries.get(c.source());
            g.writeStartObject();
            g.writeStringField("relation", relation.name());
            g.writeStringField("source", c.source());
            g.writeStringField("number", c.number());
            g.writeStringField(
                "issued",
                by.map(b -> b.header() == null ? null : b.header().issuedText()).orElse(null));
            g.writeEndObject();
          }
        }
      }
    }
    g.writeEndArray();
  }
}
