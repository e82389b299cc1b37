package io.github.vanban.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpanIndexTest {

  private static final TextSpan A = new TextSpan(2, 5);
  private static final TextSpan B = new TextSpan(7, 9);
  private static final TextSpan C = new TextSpan(9, 12);

  /** Spans with a gap ({@code [5, 7)}) and two that touch ({@code [7, 9)} and {@code [9, 12)}). */
  private final SpanIndex<TextSpan> spans = SpanIndex.of(List.of(A, B, C));

  private final SpanIndex<TextSpan> empty = SpanIndex.of(List.of());

  /** A named finding, to tell apart items with the same span. */
  private record Found(String name, TextSpan span) {}

  private record Cue(int from, int to) {}

  @ParameterizedTest
  @CsvSource(
      nullValues = "-",
      value = {
        "-1, 0", "0, 0", "2, 0", "3, 1", "7, 1", "8, 2", "9, 2", "12, 3", "100, 3",
      })
  void firstStartingFromIsTheFirstPositionStartingThereOrLater(int offset, int position) {
    assertEquals(position, spans.firstStartingFrom(offset));
  }

  @ParameterizedTest
  @CsvSource(
      nullValues = "-",
      value = {
        "0, 0", "4, 0", "5, 1", "8, 1", "9, 2", "11, 2", "12, 3", "100, 3",
      })
  void firstEndingAfterIsTheFirstPositionReachingPastTheOffset(int offset, int position) {
    assertEquals(position, spans.firstEndingAfter(offset));
  }

  /** The queries that find one span by an offset, by name. */
  private static final Map<String, BiFunction<SpanIndex<TextSpan>, Integer, Optional<TextSpan>>>
      BY_OFFSET =
          Map.of(
              "startingFrom", SpanIndex::startingFrom,
              "lastStartingBefore", SpanIndex::lastStartingBefore,
              "lastEndingBy", SpanIndex::lastEndingBy,
              "containing", SpanIndex::containing);

  /**
   * startingFrom finds the next span; lastStartingBefore the previous one; lastEndingBy the last
   * one over by then; containing the span holding the offset's character.
   */
  @ParameterizedTest(name = "{0}({1}) starts at {2}")
  @CsvSource(
      nullValues = "-",
      textBlock =
          """
          startingFrom,       0,   2
          startingFrom,       2,   2
          startingFrom,       3,   7
          startingFrom,       7,   7
          startingFrom,       8,   9
          startingFrom,       9,   9
          startingFrom,       10,  -
          startingFrom,       100, -
          lastStartingBefore, 0,   -
          lastStartingBefore, 2,   -
          lastStartingBefore, 3,   2
          lastStartingBefore, 7,   2
          lastStartingBefore, 8,   7
          lastStartingBefore, 9,   7
          lastStartingBefore, 10,  9
          lastStartingBefore, 100, 9
          lastEndingBy,       0,   -
          lastEndingBy,       4,   -
          lastEndingBy,       5,   2
          lastEndingBy,       8,   2
          lastEndingBy,       9,   7
          lastEndingBy,       11,  7
          lastEndingBy,       12,  9
          lastEndingBy,       100, 9
          containing,         0,   -
          containing,         1,   -
          containing,         2,   2
          containing,         4,   2
          containing,         5,   -
          containing,         6,   -
          containing,         7,   7
          containing,         8,   7
          containing,         9,   9
          containing,         11,  9
          containing,         12,  -
          containing,         100, -
          """)
  void aQueryByOffsetFindsTheSpanStartingThere(String query, int offset, Integer start) {
    Optional<TextSpan> found = BY_OFFSET.get(query).apply(spans, offset);
    assertEquals(start, found.map(TextSpan::start).orElse(null));
  }

  @Test
  void everyQueryOnAnEmptyIndexFindsNothing() {
    TextSpan all = new TextSpan(0, 100);
    assertEquals(0, empty.firstStartingFrom(5));
    assertEquals(0, empty.firstEndingAfter(5));
    assertEquals(Optional.empty(), empty.startingFrom(0));
    assertEquals(Optional.empty(), empty.lastStartingBefore(100));
    assertEquals(Optional.empty(), empty.lastEndingBy(100));
    assertEquals(Optional.empty(), empty.containing(0));
    assertEquals(Optional.empty(), empty.containing(all));
    assertEquals(List.of(), empty.within(all));
    assertEquals(List.of(), empty.overlapping(all));
  }

  @Test
  void spanQueriesAgreeWithTextSpanForEveryRange() {
    List<TextSpan> items = List.of(A, B, C, new TextSpan(14, 14), new TextSpan(16, 18));
    SpanIndex<TextSpan> index = SpanIndex.of(items);
    for (int start = 0; start <= 20; start++) {
      for (int end = start; end <= 20; end++) {
        TextSpan q = new TextSpan(start, end);
        String at = " at " + q;
        assertEquals(
            items.stream().filter(s -> q.contains(s) && s.start() < q.end()).toList(),
            index.within(q),
            "within" + at);
        assertEquals(
            items.stream().filter(q::overlaps).toList(), index.overlapping(q), "overlapping" + at);
        assertEquals(
            items.stream().filter(s -> s.contains(q)).reduce((x, y) -> y),
            index.containing(q),
            "containing" + at);
      }
    }
  }

  @Test
  void containingASpanNeedsAllOfIt() {
    assertEquals(Optional.of(A), spans.containing(new TextSpan(3, 5)));
    assertEquals(Optional.of(A), spans.containing(new TextSpan(2, 5)));
    assertEquals(Optional.empty(), spans.containing(new TextSpan(4, 8)));
    assertEquals(Optional.empty(), spans.containing(new TextSpan(5, 7)));
    assertEquals(Optional.empty(), spans.containing(new TextSpan(1, 3)));
  }

  @Test
  void withinLeavesOutAnEmptySpanAtTheEnd() {
    SpanIndex<TextSpan> index = SpanIndex.of(List.of(new TextSpan(3, 3), new TextSpan(5, 5)));
    assertEquals(List.of(new TextSpan(3, 3)), index.within(new TextSpan(3, 5)));
  }

  @Test
  void withinKeepsOnlyTheSpansInside() {
    assertEquals(List.of(A, B), spans.within(new TextSpan(0, 10)));
    assertEquals(List.of(B, C), spans.within(new TextSpan(3, 12)));
    assertEquals(List.of(B), spans.within(new TextSpan(3, 11)));
    assertEquals(List.of(), spans.within(new TextSpan(20, 30)));
  }

  @Test
  void overlappingLeavesOutSpansThatOnlyTouch() {
    assertEquals(List.of(A, B), spans.overlapping(new TextSpan(4, 8)));
    assertEquals(List.of(), spans.overlapping(new TextSpan(5, 7)));
    assertEquals(List.of(C), spans.overlapping(new TextSpan(10, 10)));
    assertEquals(List.of(A, B, C), spans.overlapping(new TextSpan(0, 100)));
  }

  @Test
  void tiesOnStartAreTakenInTheirOrder() {
    Found empty5 = new Found("empty", new TextSpan(5, 5));
    Found word = new Found("word", new TextSpan(5, 9));
    SpanIndex<Found> index = SpanIndex.of(List.of(empty5, word), Found::span);
    assertEquals(0, index.firstStartingFrom(5));
    assertEquals(Optional.of(empty5), index.startingFrom(5));
    assertEquals(Optional.of(word), index.lastStartingBefore(6));
    assertEquals(Optional.of(word), index.containing(5));
    assertEquals(Optional.of(empty5), index.lastEndingBy(5));
  }

  @Test
  void offsetsAreEmptySpans() {
    SpanIndex<Integer> offsets = SpanIndex.ofOffsets(List.of(3, 8, 8, 15));
    assertEquals(Optional.of(3), offsets.lastStartingBefore(8));
    assertEquals(Optional.of(8), offsets.lastStartingBefore(9));
    assertEquals(Optional.of(8), offsets.startingFrom(8));
    assertEquals(Optional.of(15), offsets.startingFrom(9));
    assertEquals(Optional.empty(), offsets.startingFrom(16));
    assertEquals(Optional.empty(), offsets.lastStartingBefore(3));
    assertEquals(1, offsets.firstStartingFrom(4));
    assertEquals(Optional.empty(), offsets.containing(8));
  }

  @Test
  void itemsWithOffsetsOfTheirOwn() {
    SpanIndex<Cue> cues = SpanIndex.of(List.of(new Cue(0, 4), new Cue(10, 16)), Cue::from, Cue::to);
    assertEquals(Optional.of(new Cue(0, 4)), cues.lastEndingBy(9));
    assertEquals(Optional.of(new Cue(10, 16)), cues.lastEndingBy(16));
    assertEquals(List.of(new Cue(0, 4), new Cue(10, 16)), cues.overlapping(new TextSpan(3, 11)));
    assertEquals(List.of(), cues.overlapping(new TextSpan(4, 10)));
  }

  @Test
  void theIndexKeepsItsOwnCopyOfTheItems() {
    List<TextSpan> source = new ArrayList<>(List.of(A, B));
    SpanIndex<TextSpan> index = SpanIndex.of(source);
    source.add(C);
    assertEquals(List.of(A, B), index.items());
    assertThrows(UnsupportedOperationException.class, () -> index.items().add(C));
  }
}
