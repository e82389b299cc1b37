package io.github.vanban.core.recognize.number;

import io.github.vanban.core.lexicon.LexiconLine;
import io.github.vanban.core.lexicon.LexiconReader;
import io.github.vanban.core.model.Relation;
import io.github.vanban.core.model.TextSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The relation cues of EXTRACTION.md section 1, loaded from {@code relation-cues.tsv}: phrases that
 * open a sentence ({@code Căn cứ}: BASED_ON, {@code Xét}: CONSIDERING) and phrases inside a clause
 * ({@code thực hiện}: IMPLEMENTS, {@code sửa đổi}: AMENDS, {@code thay thế}: REPLACES, and verbs
 * such as plain {@code theo} that govern the reference themselves: MENTIONS).
 *
 * <p>Phrases match case-insensitively on whole words, any white space standing for a space; the
 * longest phrase wins where several start at one place. Immutable and thread-safe.
 */
final class RelationCues {

  /** A clause cue found in a text; {@code relation} is null for a cue that only shadows others. */
  record Cue(int start, int end, Relation relation) {}

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final RelationCues STANDARD = load();
  private static final String PASS = "PASS";

  private final Pattern sentenceCue;
  private final Map<String, Relation> sentenceRelations;
  private final Pattern clauseCue;
  private final boolean[] clauseFirst;
  private final char[][] clauseFirstWords;
  private final Map<String, Relation> clauseRelations;

  private RelationCues(Map<String, Relation> sentence, Map<String, Relation> clause) {
    this.sentenceRelations = Map.copyOf(sentence);
    this.clauseRelations = new HashMap<>(clause);
    this.sentenceCue =
        Pattern.compile(
            "^[^\\p{L}]{0,16}+" + alternation(sentence.keySet()) + "(?![\\p{L}\\p{N}])");
    this.clauseFirst = firstCharacters(clause.keySet());
    this.clauseFirstWords = firstWords(clause.keySet());
    this.clauseCue =
        Pattern.compile(
            lookahead(clauseFirst)
                + "(?<![\\p{L}\\p{N}])"
                + alternation(clause.keySet())
                + "(?![\\p{L}\\p{N}])");
  }

  /** Returns the cues shipped with vanban. */
  static RelationCues standard() {
    return STANDARD;
  }

  private static RelationCues load() {
    Map<String, Relation> sentence = new HashMap<>();
    Map<String, Relation> clause = new HashMap<>();
    for (LexiconLine row :
        new LexiconReader("relation-cues.tsv", 3, 3).readResource(RelationCues.class)) {
      boolean opensSentence = row.field(0).equals("sentence");
      boolean pass = row.field(2).equals(PASS);
      if (!opensSentence && !row.field(0).equals("clause") || opensSentence && pass) {
        throw new IllegalStateException(
            "relation-cues.tsv line "
                + row.number()
                + ": bad row "
                + String.join(" ", row.fields()));
      }
      Relation relation = pass ? null : Relation.valueOf(row.field(2));
      (opensSentence ? sentence : clause).put(key(row.field(1)), relation);
    }
    return new RelationCues(sentence, clause);
  }

  /** Builds {@code (?iu:(?<cue>a|b|...))}, longest first, white space matching any run. */
  private static String alternation(Iterable<String> phrases) {
    List<String> sorted = new ArrayList<>();
    phrases.forEach(sorted::add);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    List<String> parts = new ArrayList<>();
    for (String phrase : sorted) {
      List<String> words = new ArrayList<>();
      for (String word : phrase.split(" ")) {
        words.add(Pattern.quote(word));
      }
      parts.add(String.join("\\s++", words));
    }
    return "(?iu:(?<cue>" + String.join("|", parts) + "))";
  }

  /**
   * Returns which characters a phrase can start with, in every case the case-insensitive match
   * accepts, indexed by character.
   */
  private static boolean[] firstCharacters(Iterable<String> phrases) {
    Set<Integer> folded = new HashSet<>();
    phrases.forEach(p -> folded.add(fold(p.codePointAt(0))));
    boolean[] out = new boolean[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      out[c] = folded.contains(fold(c));
    }
    return out;
  }

  /**
   * Returns the first word of each phrase, each character folded as the case-insensitive match
   * folds it; null when a first word holds a character that is neither a letter nor a number (then
   * no word is checked before the pattern runs).
   */
  private static char[][] firstWords(Iterable<String> phrases) {
    Set<String> words = new HashSet<>();
    for (String phrase : phrases) {
      String word = phrase.split(" ")[0];
      if (!word.chars().allMatch(RelationCues::wordCharacter)) {
        return null;
      }
      StringBuilder folded = new StringBuilder();
      word.chars().forEach(c -> folded.append((char) fold(c)));
      words.add(folded.toString());
    }
    return words.stream().map(String::toCharArray).toArray(char[][]::new);
  }

  /** Returns true for a character of {@code [\p{L}\p{N}]}, what the cues' word boundaries test. */
  private static boolean wordCharacter(int c) {
    int type = Character.getType(c);
    return Character.isLetter(c)
        || type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /**
   * Returns true when the word starting at {@code start} (its run of letters and numbers) is the
   * first word of a phrase, compared as the case-insensitive match compares characters. A cue can
   * match only there: a phrase's first word is followed by white space or by the end of the cue,
   * which no letter or number may follow.
   */
  private boolean firstWordAt(CharSequence text, int start) {
    if (clauseFirstWords == null) {
      return true;
    }
    int end = start;
    while (end < text.length() && wordCharacter(text.charAt(end))) {
      end++;
    }
    for (char[] word : clauseFirstWords) {
      if (word.length == end - start && sameFolded(text, start, word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameFolded(CharSequence text, int start, char[] folded) {
    for (int k = 0; k < folded.length; k++) {
      char c = text.charAt(start + k);
      if (folded[k] != c && folded[k] != fold(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Builds {@code (?=[...])} of the characters {@code first} marks: tested before the look-behind
   * and the alternation, it rejects most positions of a text with one look-up.
   */
  private static String lookahead(boolean[] first) {
    StringBuilder cls = new StringBuilder("(?=[");
    for (int c = 0; c < first.length; c++) {
      if (first[c]) {
        cls.append("\\x{").append(Integer.toHexString(c)).append('}');
      }
    }
    return cls.append("])").toString();
  }

  private static int fold(int c) {
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  private static String key(String phrase) {
    return SPACES.matcher(phrase.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
  }

  /** Returns the relation fixed by a cue opening {@code sentence}, if it opens with one. */
  Optional<Relation> sentenceRelation(CharSequence text, TextSpan sentence) {
    Matcher m = sentenceCue.matcher(text).region(sentence.start(), sentence.end());
    m.useTransparentBounds(true);
    return m.lookingAt()
        ? Optional.ofNullable(sentenceRelations.get(key(m.group("cue"))))
        : Optional.empty();
  }

  /** Returns every clause cue in {@code text}, in order, without overlaps. */
  List<Cue> clauseCues(CharSequence text) {
    List<Cue> out = new ArrayList<>();
    Matcher m = clauseCue.matcher(text).useTransparentBounds(true);
    int from = 0;
    for (int i = 0; i < text.length(); i++) {
      // A cue starts a word with one of its first characters: no need to try the pattern elsewhere
      // (what find() would do); resetting the matcher at every word cost a tenth of the pipeline.
      // Nor where the word is none of the phrases' first words: trying the pattern at every word
      // of a first character as common as t cost another tenth.
      boolean candidate =
          clauseFirst[text.charAt(i)] && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
      if (i >= from
          && candidate
          && firstWordAt(text, i)
          && m.region(i, text.length()).lookingAt()) {
        out.add(new Cue(m.start(), m.end(), clauseRelations.get(key(m.group("cue")))));
        from = m.end();
      }
    }
    return out;
  }
}
