package io.github.vanban.search.index;

import io.github.vanban.analysis.VietnameseAnalyzer;
import io.github.vanban.analysis.VietnameseAnalyzer.Mode;
import io.github.vanban.core.recognize.structure.StructureLayer;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.facet.FacetsConfig;

/**
 * The index schema: field names, kinds of Lucene document, facet dimensions and the analyzer of
 * each text field.
 *
 * <p>Every Lucene document has {@link #KIND} and {@link #SOURCE}; a file's documents (its {@code
 * doc}, its {@code metric}s and its {@code ref}s) are written together and replaced together by
 * {@link #SOURCE}. Constants only; thread-safe.
 */
public final class IndexFields {

  /** Version of this schema, stored in each commit; an index of another version needs a rebuild. */
  public static final String SCHEMA_VERSION = "6";

  /** Commit user-data key holding {@link #SCHEMA_VERSION}. */
  public static final String COMMIT_SCHEMA = "vanban.schema";

  /** Commit user-data key holding the absolute path of the folder an index of one folder holds. */
  public static final String COMMIT_ROOT = "vanban.root";

  /**
   * Commit user-data key holding the absolute paths, one a line, of the folders an index of several
   * folders holds (its ids start with the folder's name: {@link RootFolders}).
   */
  public static final String COMMIT_ROOTS = "vanban.roots";

  /**
   * What a Lucene document stands for: {@link #KIND_DOC}, {@link #KIND_METRIC} or {@link
   * #KIND_REF}.
   */
  public static final String KIND = "kind";

  /** One per source file. */
  public static final String KIND_DOC = "doc";

  /** One per metric mention. */
  public static final String KIND_METRIC = "metric";

  /** One per reference (a cited document number). */
  public static final String KIND_REF = "ref";

  /**
   * One per file an earlier run could not index, with its reason, message and content hash (empty
   * when it could not be read), so that a rerun tells a new failure from a known one.
   */
  public static final String KIND_FAILURE = "failure";

  /** The reason code, message and hash of a failure (stored, failure documents only). */
  public static final String FAILURE_REASON = "failure_reason";

  /** The message of a failure (stored). */
  public static final String FAILURE_MESSAGE = "failure_message";

  /** The content hash of a failed file, or empty (stored). */
  public static final String FAILURE_HASH = "failure_hash";

  /**
   * The source file's id: its path relative to the indexed folder, {@code /}-separated, behind the
   * folder's name in an index of several ({@link RootFolders}); on every kind.
   */
  public static final String SOURCE = "source";

  /**
   * The source again, as a sorted doc value on file documents only, so the indexer reads what the
   * index holds without loading stored fields (doc).
   */
  public static final String FILE_SOURCE = "file_source";

  /** SHA-256 of the file's bytes, hex, stored and a binary doc value (doc). */
  public static final String HASH = "hash";

  /** Detected format's short name (doc; also a facet). */
  public static final String FORMAT = "format";

  /** Page count (doc). */
  public static final String PAGES = "pages";

  /** Title: the header's subject, else the file's title property, else its first line (doc). */
  public static final String TITLE = "title";

  /** The title, folded, for queries ({@code title:}). */
  public static final String TITLE_FOLDED = "title_folded";

  /** The document's own canonical number from its header, stored (doc). */
  public static final String NUMBER = "number";

  /** {@code DocumentNumbers} key of the document's own number (doc). */
  public static final String NUMBER_KEY = "number_key";

  /** Type abbreviation as written ({@code QĐ}); also a facet (doc). */
  public static final String TYPE = "type";

  /** Type abbreviation folded and lower case ({@code qd}), for filters (doc). */
  public static final String TYPE_KEY = "type_key";

  /** Type name ({@code Nghị quyết}), stored only (doc). */
  public static final String TYPE_NAME = "type_name";

  /** Issuing body as the header has it; also a facet (doc). */
  public static final String ISSUER = "issuer";

  /** The issuer, folded, for {@code --issuer} and {@code issuer:} (doc). */
  public static final String ISSUER_FOLDED = "issuer_folded";

  /** The body above the issuer (doc, stored only). */
  public static final String ISSUER_PARENT = "issuer_parent";

  /** Place of issue (doc, stored only). */
  public static final String PLACE = "place";

  /** ISO issue date (doc, stored only). */
  public static final String ISSUED = "issued";

  /** Epoch day of the issue date, a {@code LongPoint} (doc). */
  public static final String ISSUED_DAY = "issued_day";

  /** Trích yếu (doc, stored only). */
  public static final String SUBJECT = "subject";

  /** Signer's name (doc, stored only). */
  public static final String SIGNER = "signer";

  /** Signer's title (doc, stored only). */
  public static final String SIGNER_TITLE = "signer_title";

  /** Year of issue: an {@code IntPoint}, stored, and a facet (doc). */
  public static final String YEAR = "year";

  /** The analysed text with diacritics, stored for snippets (doc). */
  public static final String TEXT = "text";

  /** The text with diacritics folded (doc). */
  public static final String TEXT_FOLDED = "text_folded";

  /** Folded syllable bigrams of the text (doc). */
  public static final String TEXT_BIGRAMS = "text_bigrams";

  /**
   * The headings of the document's structure ({@code Chương II. QUY ĐỊNH CHUNG}, {@code Điều 5.
   * Phạm vi điều chỉnh}), one value each, stored and indexed folded (doc), for {@code section:}
   * queries. Given by the structure layer's indexer, which names the field.
   */
  public static final String SECTIONS = StructureLayer.SECTIONS_FIELD;

  /** Every date mentioned, as an epoch-day {@code LongRange} (doc). */
  public static final String DATES = "dates";

  /** Keys of every cited number (doc), for {@code cites:} queries. */
  public static final String CITES = "cites";

  /** Number of references, a numeric doc value (doc). */
  public static final String COUNT_REFERENCES = "n_references";

  /** Number of date mentions, a numeric doc value (doc). */
  public static final String COUNT_DATES = "n_dates";

  /** Number of figures, a numeric doc value (doc). */
  public static final String COUNT_FIGURES = "n_figures";

  /** Number of metrics, a numeric doc value (doc). */
  public static final String COUNT_METRICS = "n_metrics";

  /** Own number of the file a metric or reference stands in (metric, ref; stored only). */
  public static final String SOURCE_NUMBER = "source_number";

  /** Indicator id, a keyword and a facet (metric). */
  public static final String INDICATOR = "indicator";

  /** Indicator label (metric, stored only). */
  public static final String LABEL = "label";

  /** The figure's kind (metric, stored only). */
  public static final String FIGURE_KIND = "figure_kind";

  /** The figure's value: a {@code DoublePoint}, stored (metric). */
  public static final String VALUE = "value";

  /** High end of a range, stored (metric). */
  public static final String MAX = "max";

  /** Unit, as a keyword and stored (metric). */
  public static final String UNIT = "unit";

  /** Rate denominator (metric, stored only). */
  public static final String PER = "per";

  /** Qualifier (metric, stored only). */
  public static final String QUALIFIER = "qualifier";

  /** Status as a keyword, stored (metric). */
  public static final String STATUS = "status";

  /** Period value, stored (metric). */
  public static final String PERIOD = "period";

  /** The period as an epoch-day {@code LongRange} (metric). */
  public static final String PERIOD_RANGE = "period_range";

  /** Epoch day the period starts, a numeric doc value queries sort by (metric with a period). */
  public static final String PERIOD_START = "period_start";

  /** Epoch day the period ends, a numeric doc value queries sort by (metric with a period). */
  public static final String PERIOD_END = "period_end";

  /**
   * The source again, a sorted doc value queries sort by (metric). Not on {@link #SOURCE}: Lucene
   * wants a field's doc values alike on every kind of document.
   */
  public static final String METRIC_SOURCE = "metric_source";

  /** The mention's start offset again, a numeric doc value queries sort by (metric). */
  public static final String METRIC_START = "metric_start";

  /** Comparison period (metric, stored only). */
  public static final String COMPARISON = "comparison";

  /** The sentence a metric or reference stands in (metric, ref; stored only). */
  public static final String SENTENCE = "sentence";

  /**
   * Where a metric stands in its document's structure, as a reader cites it ({@code Điều 2, khoản
   * 2, điểm a}; metric, stored only, absent when no unit holds it).
   */
  public static final String WHERE = "where";

  /**
   * The document's structure as {@link StoredOutline} writes it, to say where a hit's snippet
   * stands (doc, stored only, absent for a text without structure).
   */
  public static final String OUTLINE = "outline";

  /** The mention as written (metric, ref; stored only). */
  public static final String MENTION_TEXT = "mention_text";

  /** UTF-16 offsets of the mention in the source text (metric, ref; stored only). */
  public static final String START = "start";

  /** End offset, exclusive (metric, ref; stored only). */
  public static final String END = "end";

  /** Key of the cited number (ref). */
  public static final String REF_KEY = "ref_key";

  /** Canonical cited number (ref, stored only). */
  public static final String REF_NUMBER = "ref_number";

  /** How the citing file relates to the cited one (ref, stored only). */
  public static final String RELATION = "relation";

  /** Type name before the cited number (ref, stored only). */
  public static final String REF_TYPE_NAME = "ref_type_name";

  /** Date of the cited document (ref, stored only). */
  public static final String REF_DATE = "ref_date";

  /** Facet dimensions, in the order results list them. */
  public static final List<String> FACET_DIMS = List.of(TYPE, ISSUER, YEAR, FORMAT);

  private IndexFields() {}

  /**
   * Returns the facet configuration: every dimension single-valued and flat.
   *
   * @return a new facet configuration
   */
  public static FacetsConfig facetsConfig() {
    return new FacetsConfig();
  }

  /**
   * Returns the analyzer for writing and querying: {@link #TEXT} exact syllables; {@link
   * #TEXT_FOLDED}, {@link #TITLE_FOLDED}, {@link #ISSUER_FOLDED} and {@link #SECTIONS} folded;
   * {@link #TEXT_BIGRAMS} folded bigrams; every other field a single keyword. Thread-safe.
   *
   * @return a new analyzer that routes each field to its analysis
   */
  public static Analyzer analyzer() {
    Analyzer folded = new VietnameseAnalyzer(Mode.FOLDED);
    return new PerFieldAnalyzerWrapper(
        new KeywordAnalyzer(),
        Map.of(
            TEXT, new VietnameseAnalyzer(Mode.EXACT),
            TEXT_FOLDED, folded,
            TITLE_FOLDED, folded,
            ISSUER_FOLDED, folded,
            SECTIONS, folded,
            TEXT_BIGRAMS, new VietnameseAnalyzer(Mode.FOLDED_BIGRAMS)));
  }
}
