package io.github.vanban.core.recognize.metric;

import io.github.vanban.core.lexicon.LexiconLine;
import io.github.vanban.core.lexicon.LexiconReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The clause words of the metric binder, one list read once from {@code clause-words.tsv}: each
 * word with its roles, so that a word such as {@code dự kiến} (a verb, no subject, a goal) is
 * written once for {@link Clauses}, {@link IndicatorChooser} and {@link StatusResolver}. Stateless
 * and thread-safe.
 */
final class ClauseWords {

  /** The resource, beside this class. */
  static final String RESOURCE = "clause-words.tsv";

  /** What a clause word does. */
  enum Role {
    /** A clause starting with it continues the subject of the clause before ({@code ước đạt}). */
    VERB,
    /** After a comma, words starting with it name no new subject ({@code trong đó}). */
    NOT_SUBJECT,
    /** Before a figure it makes the figure a target ({@code phấn đấu}, {@code chỉ tiêu}). */
    TARGET,
    /**
     * A list item's label opening with it names a part of the whole ({@code - Khu vực kinh tế Nhà
     * nước: ...}, {@code - KCN Đình Trám: ...}), so the cue after the label's colon measures that
     * part ({@link PartLabels}).
     */
    PART
  }

  private static final Map<Role, List<String>> WORDS =
      read(new LexiconReader(RESOURCE, 2, 2).readResource(ClauseWords.class));

  private ClauseWords() {}

  /** Returns the words of {@code role}, in the order of the file. */
  static List<String> of(Role role) {
    return WORDS.get(role);
  }

  /** Returns the words of each role of {@code lines}, each list in the order of the lines. */
  static Map<Role, List<String>> read(List<LexiconLine> lines) {
    Map<Role, List<String>> out = new EnumMap<>(Role.class);
    for (Role role : Role.values()) {
      out.put(role, new ArrayList<>());
    }
    for (LexiconLine line : lines) {
      for (String role : line.field(1).split(" +")) {
        out.get(role(role, line)).add(line.field(0));
      }
    }
    out.replaceAll((role, words) -> List.copyOf(words));
    return out;
  }

  private static Role role(String name, LexiconLine line) {
    try {
      return Role.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          RESOURCE + " line " + line.number() + ": unknown role '" + name + "'", e);
    }
  }
}
