package io.github.vanban.core.segment;

import io.github.vanban.core.model.TextSpan;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.sentdetect.SDContextGenerator;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.StringUtil;

/**
 * Splits text into sentences with an OpenNLP sentence model trained on Vietnamese official
 * documents ({@link SentenceModelTrainer}); a line break always ends a sentence.
 *
 * <p>Each line is trimmed and handed to the model on its own, as in training. A line with no {@code
 * .}, {@code ?}, {@code !} or {@code …} followed (after closing quotes, brackets or {@code *}) by
 * white space inside it is one sentence without asking the model. The model may only break where
 * such white space follows, and never right after an abbreviation of the model's dictionary ({@code
 * TP.}, {@code KT.}, {@code ThS.}); everything else, list markers ({@code 1.}, {@code a.}) and a
 * full stop before a digit ({@code 8,42%. 2 chỉ tiêu}) included, is the model's decision.
 *
 * <p>Thread-safe: the model is shared; its context generator is not thread-safe, so each thread
 * gets its own detector over it (held in a {@link ThreadLocal} for the life of the thread).
 */
public final class OpenNlpSentenceSegmenter implements SentenceSplitter {

  /** The bundled model's resource name, beside this class. */
  static final String RESOURCE = "vi-sentences.bin";

  private final SentenceModel model;
  private final ThreadLocal<GatedDetector> detectors;

  OpenNlpSentenceSegmenter(SentenceModel model) {
    this.model = Objects.requireNonNull(model, "model");
    Dictionary dictionary = model.getAbbreviations();
    Set<String> abbreviations =
        dictionary == null ? Set.of() : Set.copyOf(dictionary.asStringSet());
    this.detectors = ThreadLocal.withInitial(() -> new GatedDetector(model, abbreviations));
  }

  /**
   * Returns the segmenter over the model bundled with vanban, loaded once.
   *
   * @return the shared segmenter, thread-safe
   * @throws IllegalStateException when the resource is missing from the class path
   * @throws UncheckedIOException when the resource cannot be read
   */
  public static OpenNlpSentenceSegmenter bundled() {
    return Bundled.INSTANCE;
  }

  /**
   * Reads a model written by {@link #write(OutputStream)}; the caller closes the stream.
   *
   * @param in the serialised model
   * @return a segmenter over it
   * @throws IOException when the stream cannot be read or holds no sentence model
   */
  public static OpenNlpSentenceSegmenter read(InputStream in) throws IOException {
    SentenceModel model;
    try {
      model = new SentenceModel(in);
    } catch (RuntimeException e) {
      // OpenNLP 2.5 fails with a NullPointerException on a zip without its manifest.
      throw new IOException("not an OpenNLP sentence model: " + e, e);
    }
    return new OpenNlpSentenceSegmenter(model);
  }

  /**
   * Writes the model (OpenNLP's zip format); the caller closes the stream.
   *
   * @param out where to write
   * @throws IOException when writing fails
   */
  public void write(OutputStream out) throws IOException {
    model.serialize(out);
  }

  @Override
  public List<TextSpan> split(String text) {
    List<TextSpan> out = new ArrayList<>();
    int start = 0;
    int n = text.length();
    while (start <= n) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = n;
      }
      splitLine(text, start, end, out);
      start = end + 1;
    }
    return out;
  }

  private void splitLine(String text, int from, int to, List<TextSpan> out) {
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    if (from == to) {
      return;
    }
    if (!hasInnerBreak(text, from, to)) {
      out.add(new TextSpan(from, to));
      return;
    }
    detectors.get().split(text.substring(from, to), from, out);
  }

  /** Whether {@code [from, to)} holds a sentence end the model may choose, before its end. */
  static boolean hasInnerBreak(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (isEos(text.charAt(i))) {
        int j = afterClosers(text, i + 1, to);
        if (j < to && Character.isWhitespace(text.charAt(j))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The end-of-sentence characters the model is trained on. */
  static char[] eosCharacters() {
    return new char[] {'.', '?', '!', '\u2026'};
  }

  private static boolean isEos(char c) {
    return c == '.' || c == '?' || c == '!' || c == '\u2026';
  }

  private static int afterClosers(CharSequence s, int i, int limit) {
    while (i < limit && "\"')]*»".indexOf(s.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }

  /**
   * The OpenNLP sentence model with vanban's acceptability test: a break needs white space after
   * the end character (and any closing quotes, brackets or {@code *}), and no dictionary
   * abbreviation before it. The model is asked only where that test holds: these are the breaks
   * OpenNLP's {@code SentenceDetectorME} keeps when the test overrides its {@code
   * isAcceptableBreak}, since a candidate the test rejects changes nothing there but costs the
   * model's evaluation (most full stops in the documents are inside numbers such as {@code
   * 1.234,5}). The sentences are cut where that detector cuts them: after the white space that
   * follows a break, each trimmed of {@link StringUtil#isWhitespace} characters. Not thread-safe:
   * the context generator reuses its buffers.
   */
  private static final class GatedDetector {

    private final MaxentModel model;
    private final SDContextGenerator contexts;
    private final String endCharacters;
    private final boolean breakAfterToken;
    private final Set<String> abbreviations;

    GatedDetector(SentenceModel sentenceModel, Set<String> abbreviations) {
      SentenceDetectorFactory factory = sentenceModel.getFactory();
      this.model = sentenceModel.getMaxentModel();
      this.contexts = factory.getSDContextGenerator();
      this.endCharacters = new String(factory.getEOSCharacters());
      this.breakAfterToken = factory.isUseTokenEnd();
      this.abbreviations = abbreviations;
    }

    /** Adds the sentences of {@code line}, offset by {@code offset}, to {@code out}. */
    void split(String line, int offset, List<TextSpan> out) {
      int sentenceStart = 0;
      int afterLastBreak = 0;
      for (int c = 0; c < line.length(); c++) {
        if (endCharacters.indexOf(line.charAt(c)) < 0 || !isAcceptableBreak(line, c)) {
          continue;
        }
        double[] outcomes = model.eval(contexts.getContext(line, c));
        if (!SentenceDetectorME.SPLIT.equals(model.getBestOutcome(outcomes))) {
          continue;
        }
        if (c != afterLastBreak) {
          int next =
              breakAfterToken
                  ? firstNonWhitespace(line, firstWhitespace(line, c + 1))
                  : firstNonWhitespace(line, c + 1);
          addTrimmed(line, sentenceStart, next, offset, out);
          sentenceStart = next;
        }
        afterLastBreak = c + 1;
      }
      addTrimmed(line, sentenceStart, line.length(), offset, out);
    }

    private boolean isAcceptableBreak(String s, int candidate) {
      int j = afterClosers(s, candidate + 1, s.length());
      if (j >= s.length() || !Character.isWhitespace(s.charAt(j))) {
        return false;
      }
      int k = candidate;
      while (k > 0 && Character.isLetter(s.charAt(k - 1))) {
        k--;
      }
      return !abbreviations.contains(s.substring(k, candidate + 1));
    }

    private static int firstWhitespace(String s, int from) {
      int i = from;
      while (i < s.length() && !StringUtil.isWhitespace(s.charAt(i))) {
        i++;
      }
      return i;
    }

    private static int firstNonWhitespace(String s, int from) {
      int i = from;
      while (i < s.length() && StringUtil.isWhitespace(s.charAt(i))) {
        i++;
      }
      return i;
    }

    private static void addTrimmed(String s, int from, int to, int offset, List<TextSpan> out) {
      while (from < to && StringUtil.isWhitespace(s.charAt(from))) {
        from++;
      }
      while (to > from && StringUtil.isWhitespace(s.charAt(to - 1))) {
        to--;
      }
      if (to > from) {
        out.add(new TextSpan(offset + from, offset + to));
      }
    }
  }

  /** Lazy holder: the bundled model is read on first use. */
  private static final class Bundled {
    static final OpenNlpSentenceSegmenter INSTANCE = load();

    private static OpenNlpSentenceSegmenter load() {
      try (InputStream in = OpenNlpSentenceSegmenter.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(
              "missing resource " + RESOURCE + " beside " + Bundled.class);
        }
        return read(in);
      } catch (IOException e) {
        throw new UncheckedIOException(
            "reading the bundled sentence model " + RESOURCE + " failed", e);
      }
    }
  }
}
