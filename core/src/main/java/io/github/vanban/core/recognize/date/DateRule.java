package io.github.vanban.core.recognize.date;

import io.github.vanban.core.model.DateMention;
import io.github.vanban.core.model.DateValue;
import io.github.vanban.core.model.TextSpan;
import io.github.vanban.core.text.OcrDigits;
import java.time.YearMonth;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One written form of a date and how to turn a match of it into a {@link DateMention}.
 *
 * <p>Every pattern is linear: quantifiers are bounded or apply to a single character class, and no
 * quantified group contains another quantifier, so a failing attempt costs a constant number of
 * steps. Patterns are thread-safe; matchers are made per call.
 */
enum DateRule {
  /**
   * {@code ngày 10 tháng 7 năm 2024}, {@code ngày12 tháng 11 năm 2020}, {@code ngày 14 tháng5 năm
   * 2008} (spaces lost by an extractor), {@code ngày 15 tháng 12} (year from the document), {@code
   * ngày l6 tháng 9 năm 2024} (OCR's {@code l}, {@code I} or {@code O} for a digit of the day).
   */
  DAY_IN_WORDS(
      "nN",
      "g",
      "à",
      Fragments.WORD_START
          + "ngày\\s{0,4}([0-9]{1,2}|[0-9][lIO]|[lI][0-9])\\s{1,3}tháng\\s{0,3}([0-9]{1,2})"
          + "(?:(?:\\s{1,3}năm\\s{0,3}|\\s{0,2}[/-]\\s{0,2})"
          + Fragments.YEAR
          + ")?"
          + Fragments.NUMBER_END) {
    @Override
    Optional<DateMention> toMention(String text, Matcher m, int defaultYear) {
      return m.group(3) == null && Fragments.recurring(text, m.end())
          ? Optional.empty()
          : Fragments.day(m, OcrDigits.read(m.group(1)), m.group(2), m.group(3), defaultYear);
    }
  },
  /** {@code 10/7/2024}, {@code 10-7-2024}, {@code 10.7.2024}, with or without {@code ngày}. */
  DAY_IN_FIGURES(
      "nN0123456789",
      "g0123456789/.-",
      "à0123456789/.-",
      "(?:"
          + Fragments.WORD_START
          + "ngày\\s{1,4})?"
          + "(?:"
          + Fragments.AFTER_DAY_AND_DASH
          + "|"
          + Fragments.NUMBER_START
          + ")([0-9]{1,2})([/.-])([0-9]{1,2})\\2"
          + Fragments.YEAR
          + Fragments.NUMBER_END) {
    @Override
    Optional<DateMention> toMention(String text, Matcher m, int defaultYear) {
      return Fragments.day(m, m.group(1), m.group(3), m.group(4), DateRecognizer.NO_YEAR);
    }
  },
  /**
   * {@code ngày 22/ 12/ 2011}: a day after {@code ngày} typed with spaces after its separators (or
   * before them), which only the word {@code ngày} makes safe to read.
   */
  DAY_SPACED(
      "nN",
      "g",
      "à",
      Fragments.WORD_START
          + "ngày\\s{1,4}([0-9]{1,2})\\h?([/.-])\\h?([0-9]{1,2})\\h?\\2\\h?"
          + Fragments.YEAR
          + Fragments.NUMBER_END) {
    @Override
    Optional<DateMention> toMention(String text, Matcher m, int defaultYear) {
      return Fragments.day(m, m.group(1), m.group(3), m.group(4), DateRecognizer.NO_YEAR);
    }
  },
  /** {@code ngày 15/12}: a day without a year, which takes the document's year. */
  DAY_WITHOUT_YEAR(
      "nN",
      "g",
      "à",
      Fragments.WORD_START
          + "ngày\\s{1,4}([0-9]{1,2})/([0-9]{1,2})"
          + "(?![\\p{L}\\p{N}]|\\s{0,2}[/.-]\\s{0,2}[0-9])") {
    @Override
    Optional<DateMention> toMention(String text, Matcher m, int defaultYear) {
      return Fragments.recurring(text, m.end())
          ? Optional.empty()
          : Fragments.day(m, m.group(1), m.group(2), null, defaultYear);
    }
  },
  /** {@code tháng 7/2024}, {@code tháng 6 năm 2024}. */
  MONTH(
      "tT",
      "h",
      "á",
      Fragments.WORD_START
          + "tháng\\s{1,3}([0-9]{1,2})(?:\\s{0,2}[/-]\\s{0,2}|\\s{1,3}năm\\s{1,3})"
          + Fragments.YEAR
          + Fragments.NUMBER_END) {
    @Override
    Optional<DateMention> toMention(String text, Matcher m, int defaultYear) {
      int month = Integer.parseInt(m.group(1));
      if (month < 1 || month > 12) {
        return Optional.empty();
      }
      YearMonth value = YearMonth.of(Integer.parseInt(m.group(2)), month);
      return Optional.of(Fragments.mention(m, DateValue.month(value)));
    }
  },
  /**
   * {@code Quý IV/2024}, {@code quý III năm 2024}, {@code quý II} (year from the document), also in
   * the older spelling {@code quí}.
   */
  QUARTER(
      "qQ",
      "u",
      "ýí",
      Fragments.WORD_START
          + "qu[ýí]\\s{1,3}(IV|I{1,3}|[1-4])"
          + "(?:(?:\\s{0,2}[/-]\\s{0,2}|\\s{1,3}năm\\s{1,3})"
          + Fragments.YEAR
          + ")?"
          + Fragments.NUMBER_END) {
    @Override
    Optional<DateMention> toMention(String text, Matcher m, int defaultYear) {
      int quarter = Fragments.quarter(m.group(1));
      return Fragments.inYear(m, m.group(2), defaultYear, year -> DateValue.quarter(year, quarter));
    }
  },
  /** {@code 6 tháng đầu năm 2024}, {@code nửa cuối năm}, {@code 6 tháng cuối năm} (no year). */
  HALF(
      "06sSſnN",
      "6 \t\n\013\f\ráử",
      " \t\n\013\f\rtua",
      Fragments.WORD_START
          + "(?:(?:0?6|sáu)\\s{1,3}tháng|nửa)\\s{1,3}(đầu|cuối)\\s{1,3}năm"
          + "(?:\\s{1,3}"
          + Fragments.YEAR
          + ")?"
          + Fragments.NUMBER_END) {
    @Override
    Optional<DateMention> toMention(String text, Matcher m, int defaultYear) {
      int half = m.group(1).equalsIgnoreCase("đầu") ? 1 : 2;
      return Fragments.inYear(m, m.group(2), defaultYear, year -> DateValue.half(year, half));
    }
  },
  /** {@code năm 2024}, {@code đến năm 2030}. */
  YEAR(
      "đĐnN",
      "ếă",
      "nm",
      Fragments.WORD_START
          + "(?:đến\\s{1,3})?năm\\s{1,3}"
          + Fragments.YEAR
          + Fragments.NUMBER_END) {
    @Override
    Optional<DateMention> toMention(String text, Matcher m, int defaultYear) {
      return Optional.of(Fragments.mention(m, DateValue.year(Integer.parseInt(m.group(1)))));
    }
  },
  /** {@code 2021 - 2025}; {@link PeriodContext} widens it to a leading keyword or brackets. */
  YEAR_RANGE(
      "12",
      "90",
      "0123456789",
      Fragments.NUMBER_START
          + Fragments.YEAR
          + "\\s{0,3}-\\s{0,3}"
          + Fragments.YEAR
          + Fragments.NUMBER_END
          + "(?!\\s{0,2}%)") {
    @Override
    Optional<DateMention> toMention(String text, Matcher m, int defaultYear) {
      return Fragments.years(m).map(period -> PeriodContext.widen(text, m, period));
    }
  },
  /**
   * {@code giai đoạn 2021 2025}: a keyword and two years whose dash an extractor lost (a PDF font
   * without the glyph); the keyword makes it a period.
   */
  YEAR_RANGE_WITHOUT_DASH(
      "gGnNtTmM",
      "ihăùr",
      "aimờuê",
      Fragments.WORD_START
          + PeriodContext.KEYWORDS
          + "\\s{1,3}"
          + Fragments.YEAR
          + "\\s{1,3}"
          + Fragments.YEAR
          + Fragments.NUMBER_END) {
    @Override
    Optional<DateMention> toMention(String text, Matcher m, int defaultYear) {
      return Fragments.years(m).map(period -> Fragments.mention(m, period));
    }
  };

  private final Pattern pattern;

  private final String first;

  private final String second;

  private final String third;

  /**
   * @param first every character a match can start with, in every case
   * @param second every character a match can have second, in one case: the others that match it
   *     case-insensitively count too
   * @param third every character a match can have third, as {@code second}
   * @param regex the written form
   */
  DateRule(String first, String second, String third, String regex) {
    this.first = first;
    this.second = second;
    this.third = third;
    this.pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** Returns whether a match of this rule can start with {@code c}. */
  boolean canStartWith(char c) {
    return first.indexOf(c) >= 0;
  }

  /** Returns the bit of this rule in the masks of {@link #candidates}. */
  int bit() {
    return 1 << ordinal();
  }

  /**
   * Returns the rules whose matches can start at {@code i} of {@code text}, by its first three
   * characters (every match is longer than two), as a mask of {@link #bit()}s.
   */
  static int candidates(String text, int i) {
    return i + 2 < text.length()
        ? Starts.FIRST[text.charAt(i)]
            & Starts.SECOND[text.charAt(i + 1)]
            & Starts.THIRD[text.charAt(i + 2)]
        : 0;
  }

  /**
   * The rules each character can start a match of, first, second and third, as masks. Built in one
   * pass over the characters, each folded once: a character matches a listed one when it is that
   * character or folds like it ({@link Fragments#fold}).
   */
  private static final class Starts {
    static final int[] FIRST = new int[Character.MAX_VALUE + 1];
    static final int[] SECOND = new int[Character.MAX_VALUE + 1];
    static final int[] THIRD = new int[Character.MAX_VALUE + 1];

    static {
      int[] secondByFold = new int[Character.MAX_VALUE + 1];
      int[] thirdByFold = new int[Character.MAX_VALUE + 1];
      for (DateRule rule : values()) {
        for (char c : rule.first.toCharArray()) {
          FIRST[c] |= rule.bit();
        }
        list(rule.second, rule.bit(), SECOND, secondByFold);
        list(rule.third, rule.bit(), THIRD, thirdByFold);
      }
      for (int c = 0; c <= Character.MAX_VALUE; c++) {
        int folded = Fragments.fold(c);
        if (folded <= Character.MAX_VALUE) {
          SECOND[c] |= secondByFold[folded];
          THIRD[c] |= thirdByFold[folded];
        }
      }
    }

    private Starts() {}

    /** Marks each character of {@code chars} and its folded form with {@code bit}. */
    private static void list(String chars, int bit, int[] byCharacter, int[] byFold) {
      for (char c : chars.toCharArray()) {
        byCharacter[c] |= bit;
        byFold[Fragments.fold(c)] |= bit;
      }
    }
  }

  /** Returns a matcher of this rule over {@code text}. */
  Matcher matcher(CharSequence text) {
    return pattern.matcher(text);
  }

  /**
   * Converts a match into a mention, or nothing when the values are not a real date or a year is
   * needed and {@code defaultYear} is {@link DateRecognizer#NO_YEAR}.
   */
  abstract Optional<DateMention> toMention(String text, Matcher m, int defaultYear);

  /** Pattern fragments and value helpers shared by the rules. */
  static final class Fragments {
    /** A word starts here: no letter or digit just before. */
    static final String WORD_START = "(?<![\\p{L}\\p{N}])";

    /** A number starts here: not glued to a word, a number, or a number's separators. */
    static final String NUMBER_START = "(?<![\\p{L}\\p{N}/.,]|[\\p{L}\\p{N}]-)";

    /**
     * Right after a day written in figures and a dash, as in a range glued together ({@code
     * 27/7/1947-27/7/2017}), where a number would otherwise be glued to the one before it.
     */
    static final String AFTER_DAY_AND_DASH =
        "(?<=[0-9][/.-][0-9]{1,2}[/.-](?:19|20)[0-9]{2}\\s{0,3}-\\s{0,3})";

    /** A number ends here: no letter or digit follows, nor a separator that continues it. */
    static final String NUMBER_END = "(?![\\p{L}\\p{N}]|[/.,][\\p{L}\\p{N}])";

    /** A four-digit year of the 20th or 21st century, captured. */
    static final String YEAR = "((?:19|20)[0-9]{2})";

    /** The longest year range read as a period. */
    static final int MAX_PERIOD_YEARS = 100;

    /**
     * Returns {@code c} folded as a {@link Pattern#CASE_INSENSITIVE} {@link Pattern#UNICODE_CASE}
     * pattern folds it: two characters match each other when they are equal or fold alike.
     */
    static int fold(int c) {
      return Character.toLowerCase(Character.toUpperCase(c));
    }

    private Fragments() {}

    static int yearOr(String year, int defaultYear) {
      return year == null ? defaultYear : Integer.parseInt(year);
    }

    /** Years that recur or are not named: a day of every year is no date of one year. */
    private static final Pattern RECURRING =
        Pattern.compile(
            "^[\\s,]{0,3}(?:hàng|hằng|mỗi|của)?\\s{0,2}năm\\s{0,2}(?:sau|trước|thực hiện|hiện hành|kế tiếp|tiếp theo|ngân sách|$|[^\\s\\d])|^[\\s,]{0,3}(?:hàng|hằng|mỗi) năm",
            Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);

    /**
     * Whether the words after a day written without its year make it a day of every year or of an
     * unnamed one ({@code trước ngày 31 tháng 12 hàng năm}, {@code ngày 30 tháng 9 năm thực hiện dự
     * toán}): then it takes no year from the document.
     */
    static boolean recurring(String text, int end) {
      return RECURRING.matcher(text.substring(end, Math.min(text.length(), end + 24))).find();
    }

    static Optional<DateMention> day(
        Matcher m, String day, String month, String year, int defaultYear) {
      int y = yearOr(year, defaultYear);
      int mo = Integer.parseInt(month);
      int d = Integer.parseInt(day);
      if (y == DateRecognizer.NO_YEAR || mo < 1 || mo > 12 || d < 1) {
        return Optional.empty();
      }
      YearMonth ym = YearMonth.of(y, mo);
      if (!ym.isValidDay(d)) {
        return Optional.empty();
      }
      return Optional.of(mention(m, DateValue.day(ym.atDay(d))));
    }

    static int quarter(String numeral) {
      return switch (numeral.toUpperCase(java.util.Locale.ROOT)) {
        case "I", "1" -> 1;
        case "II", "2" -> 2;
        case "III", "3" -> 3;
        default -> 4;
      };
    }

    static DateMention mention(Matcher m, DateValue value) {
      TextSpan span = new TextSpan(m.start(), m.end());
      return new DateMention(m.group(), span, value);
    }

    /**
     * The period from the first day of the year of group 1 to the last of the year of group 2, or
     * nothing when the second is not after the first or the period is over {@link
     * #MAX_PERIOD_YEARS}.
     */
    static Optional<DateValue> years(Matcher m) {
      int from = Integer.parseInt(m.group(1));
      int to = Integer.parseInt(m.group(2));
      if (to <= from || to - from > MAX_PERIOD_YEARS) {
        return Optional.empty();
      }
      return Optional.of(DateValue.period(DateValue.year(from), DateValue.year(to)));
    }

    /**
     * The mention of {@code m} whose value {@code value} gives for the year {@code year} names, or
     * {@code defaultYear} when it names none; nothing when neither gives a year.
     */
    static Optional<DateMention> inYear(
        Matcher m, String year, int defaultYear, IntFunction<DateValue> value) {
      int y = yearOr(year, defaultYear);
      return y == DateRecognizer.NO_YEAR
          ? Optional.empty()
          : Optional.of(mention(m, value.apply(y)));
    }
  }
}
