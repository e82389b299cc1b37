package io.github.vanban.extract.office;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.Paragraph;

/**
 * Reads the list place of a Word 97 paragraph from HWPF's list tables: the list's levels (number
 * format, level text with its counter placeholders, start value, what follows the number) and the
 * list-format override's restarts.
 *
 * <p>Stateless and thread-safe.
 */
final class DocLists {

  private static final int NOTHING_FOLLOWS = 2;

  private DocLists() {}

  /** Returns the paragraph's list place, or empty when it is not in a readable list. */
  static Optional<ListRef> ref(Paragraph p) {
    if (!p.isInList()) {
      return Optional.empty();
    }
    HWPFList list = p.getList();
    int count = list.getListData().numLevels();
    int ilvl = p.getIlvl();
    if (ilvl < 0 || ilvl >= count) {
      return Optional.empty();
    }
    List<ListLevel> levels = new ArrayList<>();
    Map<Integer, Integer> overrides = new HashMap<>();
    for (int lvl = 0; lvl < count; lvl++) {
      char c = (char) lvl;
      levels.add(level(list, c));
      if (list.isStartAtOverridden(c)) {
        overrides.put(lvl, list.getStartAt(c));
      }
    }
    return Optional.of(
        new ListRef("l" + list.getLsid(), "f" + p.getIlfo(), ilvl, levels, overrides));
  }

  private static ListLevel level(HWPFList list, char lvl) {
    String suffix = list.getTypeOfCharFollowingTheNumber(lvl) == NOTHING_FOLLOWS ? "" : " ";
    return new ListLevel(
        NumberFormat.ofWord97(list.getNumberFormat(lvl)),
        placeholders(list.getNumberText(lvl)),
        list.getStartAt(lvl),
        -1,
        false,
        suffix);
  }

  /** Word 97 level texts hold the level's index (0-8) where the counter goes; make it %1-%9. */
  static String placeholders(String numberText) {
    if (numberText == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    for (char c : numberText.toCharArray()) {
      if (c <= 8) {
        sb.append('%').append((char) ('1' + c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
