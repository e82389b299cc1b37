package io.github.vanban.core.text;

import io.github.vanban.core.lexicon.LexiconReader;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The titles of the office holders who sign official documents ({@code CHỦ TỊCH}, {@code GIÁM ĐỐC},
 * {@code BỘ TRƯỞNG}, {@code ỦY VIÊN}, ...), read once from {@code official-titles.txt} beside this
 * class: the one list the signature block, the header's authority line and the layout tables of
 * Word files share.
 *
 * <p>Stateless and thread-safe.
 */
public final class OfficialTitles {

  private static final String RESOURCE = "official-titles.txt";

  private static final List<String> TITLES =
      new LexiconReader(RESOURCE, 1, 1)
          .readResource(OfficialTitles.class).stream().map(line -> line.field(0)).toList();

  private static final String REGEX = alternation(TITLES);

  private OfficialTitles() {}

  /**
   * Returns the titles in the order of the file.
   *
   * @return the titles in upper case, unmodifiable
   */
  public static List<String> titles() {
    return TITLES;
  }

  /**
   * Returns a regular expression that matches one title, upper case, in either tone placement,
   * after an optional {@code PHÓ} (deputy): {@code CHỦ TỊCH}, {@code PHÓ CHỦ TỊCH}, {@code UỶ
   * VIÊN}. The longest title is tried first ({@code TỔNG GIÁM ĐỐC} before {@code GIÁM ĐỐC}).
   *
   * @return a regular expression fragment without capturing groups
   */
  public static String regex() {
    return REGEX;
  }

  private static String alternation(List<String> titles) {
    return titles.stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(TonePlacement::regex)
        .collect(Collectors.joining("|", "(?:PHÓ\\s+)?(?:", ")"));
  }
}
