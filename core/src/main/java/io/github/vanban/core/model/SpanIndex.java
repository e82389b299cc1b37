package io.github.vanban.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.function.ToIntFunction;

/**
 * Items in text order searched by the offsets of their spans: each question is a binary search. The
 * items are spans, findings that carry one ({@code SpanIndex.of(dates, DateMention::span)}) or bare
 * offsets (an offset is read as the empty span {@code [offset, offset)}).
 *
 * <p>The items must be sorted by start. The questions about ends and containment also need the
 * items not to overlap, so that their ends are in order too. As with {@link
 * java.util.Collections#binarySearch(List, Object)}, the order is not checked (building an index
 * over a list that is already immutable costs nothing) and an unsorted list gives undefined
 * answers.
 *
 * <p>Immutable, and thread-safe when the items are.
 *
 * @param <T> the type of the items
 */
public final class SpanIndex<T> {

  private final List<T> items;
  private final ToIntFunction<? super T> start;
  private final ToIntFunction<? super T> end;

  private SpanIndex(List<T> items, ToIntFunction<? super T> start, ToIntFunction<? super T> end) {
    this.items = List.copyOf(items);
    this.start = Objects.requireNonNull(start, "start");
    this.end = Objects.requireNonNull(end, "end");
  }

  /**
   * Indexes spans.
   *
   * @param spans spans sorted by start; not null, no null element
   * @return the index of the spans
   */
  public static SpanIndex<TextSpan> of(List<TextSpan> spans) {
    return new SpanIndex<>(spans, TextSpan::start, TextSpan::end);
  }

  /**
   * Indexes items by their span.
   *
   * @param items items sorted by the start of their span; not null, no null element
   * @param span the span of an item
   * @param <T> the type of the items
   * @return the index of the items
   */
  public static <T> SpanIndex<T> of(List<T> items, Function<? super T, TextSpan> span) {
    Objects.requireNonNull(span, "span");
    return new SpanIndex<>(items, t -> span.apply(t).start(), t -> span.apply(t).end());
  }

  /**
   * Indexes items by a start and an end offset of their own, for items that keep no {@link
   * TextSpan}.
   *
   * @param items items sorted by start; not null, no null element
   * @param start the first offset of an item, inclusive
   * @param end the last offset of an item, exclusive
   * @param <T> the type of the items
   * @return the index of the items
   */
  public static <T> SpanIndex<T> of(
      List<T> items, ToIntFunction<? super T> start, ToIntFunction<? super T> end) {
    return new SpanIndex<>(items, start, end);
  }

  /**
   * Indexes offsets, each read as the empty span {@code [offset, offset)}.
   *
   * @param offsets offsets in ascending order; not null, no null element
   * @return the index of the offsets
   */
  public static SpanIndex<Integer> ofOffsets(List<Integer> offsets) {
    return new SpanIndex<>(offsets, Integer::intValue, Integer::intValue);
  }

  /**
   * Returns the items in text order.
   *
   * @return the indexed items, unmodifiable
   */
  public List<T> items() {
    return items;
  }

  /**
   * Returns the position of the first item that starts at or after {@code offset}: the items from
   * there on are those that start there or later.
   *
   * @param offset a UTF-16 offset
   * @return a position in {@code [0, items().size()]}, the size when no item starts there or later
   */
  public int firstStartingFrom(int offset) {
    return first(start, s -> s >= offset);
  }

  /**
   * Returns the position of the first item that ends after {@code offset}: with the items before
   * it, none reaches past {@code offset}. Needs items that do not overlap.
   *
   * @param offset a UTF-16 offset
   * @return a position in {@code [0, items().size()]}, the size when no item ends after it
   */
  public int firstEndingAfter(int offset) {
    return first(end, e -> e > offset);
  }

  /**
   * Returns the first item that starts at or after {@code offset}.
   *
   * @param offset a UTF-16 offset
   * @return the item, or empty when none starts there or later
   */
  public Optional<T> startingFrom(int offset) {
    return at(firstStartingFrom(offset));
  }

  /**
   * Returns the last item that starts before {@code offset}.
   *
   * @param offset a UTF-16 offset
   * @return the item, or empty when none starts before it
   */
  public Optional<T> lastStartingBefore(int offset) {
    return at(firstStartingFrom(offset) - 1);
  }

  /**
   * Returns the last item that ends at or before {@code offset}. Needs items that do not overlap.
   *
   * @param offset a UTF-16 offset
   * @return the item, or empty when none ends by then
   */
  public Optional<T> lastEndingBy(int offset) {
    return at(firstEndingAfter(offset) - 1);
  }

  /**
   * Returns the item whose span holds the character at {@code offset}. Needs items that do not
   * overlap.
   *
   * @param offset a UTF-16 offset
   * @return the item with {@code start <= offset < end}, or empty when none holds it
   */
  public Optional<T> containing(int offset) {
    return lastStartingAtOrBefore(offset).filter(t -> offset < end.applyAsInt(t));
  }

  /**
   * Returns the item whose span holds all of {@code span}. Needs items that do not overlap.
   *
   * @param span the span to look for; not null
   * @return the item with {@code start <= span.start()} and {@code span.end() <= end}, or empty
   *     when none holds it
   */
  public Optional<T> containing(TextSpan span) {
    return lastStartingAtOrBefore(span.start()).filter(t -> span.end() <= end.applyAsInt(t));
  }

  /**
   * Returns the items whose spans lie inside {@code span}: they start in it and end by its end (so
   * an empty item at its end, which starts after it, is left out).
   *
   * @param span the span to look in; not null
   * @return the items with {@code span.start() <= start < span.end()} and {@code end <=
   *     span.end()}, in text order, empty when there is none
   */
  public List<T> within(TextSpan span) {
    List<T> starting =
        items.subList(firstStartingFrom(span.start()), firstStartingFrom(span.end()));
    return starting.stream().filter(t -> end.applyAsInt(t) <= span.end()).toList();
  }

  /**
   * Returns the items that share at least one character with {@code span} (as {@link
   * TextSpan#overlaps(TextSpan)} says). Needs items that do not overlap.
   *
   * @param span the span to look at; not null
   * @return the overlapping items in text order, empty when there is none
   */
  public List<T> overlapping(TextSpan span) {
    int from = firstEndingAfter(span.start());
    // Empty items at an empty span's offset end before 'from' and start at 'to': to < from.
    int to = Math.max(from, firstStartingFrom(span.end()));
    return items.subList(from, to);
  }

  private Optional<T> lastStartingAtOrBefore(int offset) {
    return at(first(start, s -> s > offset) - 1);
  }

  private Optional<T> at(int position) {
    return position >= 0 && position < items.size()
        ? Optional.of(items.get(position))
        : Optional.empty();
  }

  /**
   * The position of the first item whose key passes {@code reached}, which holds for every item
   * from that one on.
   */
  private int first(ToIntFunction<? super T> key, IntPredicate reached) {
    int lo = 0;
    int hi = items.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (reached.test(key.applyAsInt(items.get(mid)))) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }
}
