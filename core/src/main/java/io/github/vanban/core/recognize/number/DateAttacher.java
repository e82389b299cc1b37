package io.github.vanban.core.recognize.number;

import io.github.vanban.core.model.DateMention;
import io.github.vanban.core.model.DateValue;
import io.github.vanban.core.model.Granularity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gives a cited document its date: the day that follows its number, after white space, a comma and
 * the word {@code ngày} ({@code 176/NQ-HĐND ngày 08 tháng 12 năm 2023}, {@code 57-NQ/TW, ngày
 * 22/12/2024}, {@code 204/NQ-HĐND ngày\n\n19/4/2024}, {@code 381/ĐA-CPngày 09 tháng 5 năm 2025}).
 * The day must be a {@link Granularity#DAY} mention of the DATES layer.
 *
 * <p>Immutable and thread-safe.
 */
final class DateAttacher {

  private static final String DAY_WORD = "ngày";

  private final Map<Integer, DateMention> dayByStart = new HashMap<>();

  DateAttacher(List<DateMention> dates) {
    for (DateMention d : dates) {
      if (d.granularity() == Granularity.DAY) {
        dayByStart.putIfAbsent(d.span().start(), d);
      }
    }
  }

  /** Returns the day that follows a number ending at {@code numberEnd}, if one does. */
  Optional<DateValue> dateAfter(String text, int numberEnd) {
    int i = numberEnd;
    while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == ',')) {
      i++;
    }
    DateMention day = dayByStart.get(i);
    if (day == null && text.regionMatches(true, i, DAY_WORD, 0, DAY_WORD.length())) {
      int j = i + DAY_WORD.length();
      while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
        j++;
      }
      day = j > i + DAY_WORD.length() ? dayByStart.get(j) : null;
    }
    return Optional.ofNullable(day).map(DateMention::date);
  }
}
