package io.github.vanban.core.segment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import opennlp.tools.ml.model.Event;
import opennlp.tools.sentdetect.EndOfSentenceScanner;
import opennlp.tools.sentdetect.SDContextGenerator;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceSample;
import opennlp.tools.util.AbstractEventStream;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.Span;

/**
 * Turns gold sentence samples into training events, one per candidate the detector will see.
 *
 * <p>Candidates are found as {@code SentenceDetectorME} finds them: the last end-of-sentence
 * character of each white-space delimited token. A candidate is a break ({@code s}) when its token
 * ends a gold sentence, otherwise not ({@code n}). OpenNLP's own {@code SDEventStream} instead
 * marks the last end-of-sentence character of every sentence as a break, which teaches a break
 * after {@code 1.} in a heading without a final full stop. Not thread-safe (a stream).
 */
final class SentenceEventStream extends AbstractEventStream<SentenceSample> {

  private final SDContextGenerator contexts;
  private final EndOfSentenceScanner scanner;

  SentenceEventStream(
      ObjectStream<SentenceSample> samples,
      SDContextGenerator contexts,
      EndOfSentenceScanner scanner) {
    super(samples);
    this.contexts = contexts;
    this.scanner = scanner;
  }

  @Override
  protected Iterator<Event> createEvents(SentenceSample sample) {
    String document = sample.getDocument();
    Set<Integer> ends = new HashSet<>();
    for (Span s : sample.getSentences()) {
      ends.add(s.getEnd());
    }
    List<Integer> positions = scanner.getPositions(document);
    List<Event> events = new ArrayList<>(positions.size());
    for (int k = 0; k < positions.size(); k++) {
      int candidate = positions.get(k);
      int tokenEnd = tokenEnd(document, candidate + 1);
      if (k + 1 < positions.size() && positions.get(k + 1) < tokenEnd) {
        continue; // not the token's last end-of-sentence character: the detector skips it too
      }
      String outcome =
          ends.contains(tokenEnd) ? SentenceDetectorME.SPLIT : SentenceDetectorME.NO_SPLIT;
      events.add(new Event(outcome, contexts.getContext(document, candidate)));
    }
    return events.iterator();
  }

  private static int tokenEnd(String s, int from) {
    int i = from;
    while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }
}
