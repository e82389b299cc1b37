package io.github.vanban.core.recognize.figure;

import io.github.vanban.core.model.Figure;
import io.github.vanban.core.model.FigureKind;
import io.github.vanban.core.model.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Shares a population denominator written once at the end of a list among the list's counts: {@code
 * 55 giường bệnh, 14,85 bác sĩ và 23 điều dưỡng trên 1 vạn dân} gives {@code giường bệnh/1 vạn
 * dân}, {@code bác sĩ/1 vạn dân} and {@code điều dưỡng/1 vạn dân}. A few words between a count noun
 * and the separator join its unit ({@code dược sĩ đại học}). Stateless and thread-safe.
 */
final class DensityLists {

  private static final int MAX_EXTRA_CHARS = 30;

  private DensityLists() {}

  /** Returns {@code figures} with the shared denominators distributed. */
  static List<Figure> distribute(String text, List<Figure> figures) {
    List<Figure> out = new ArrayList<>(figures);
    for (int k = out.size() - 1; k > 0; k--) {
      String density = density(out.get(k));
      if (density == null) {
        continue;
      }
      for (int j = k - 1; j >= 0; j--) {
        Figure shared = share(text, out.get(j), out.get(j + 1).span().start(), density);
        if (shared == null) {
          break;
        }
        out.set(j, shared);
      }
    }
    return out;
  }

  private static String density(Figure f) {
    int slash = f.unit().indexOf('/');
    return f.kind() == FigureKind.QUANTITY && slash > 0 && f.unit().endsWith("dân")
        ? f.unit().substring(slash)
        : null;
  }

  /** Returns {@code f} with the denominator when only words and a separator lead to the next. */
  private static Figure share(String text, Figure f, int nextStart, String density) {
    if (f.kind() != FigureKind.QUANTITY || f.per() != null || f.unit().indexOf('/') >= 0) {
      return null;
    }
    int end = f.span().end();
    String gap = text.substring(end, Math.max(end, nextStart));
    int sep = separatorStart(gap);
    if (sep < 0 || sep > MAX_EXTRA_CHARS || !onlyWords(gap.substring(0, sep))) {
      return null;
    }
    int newEnd = end + sep;
    int unitStart = end - f.unit().length();
    String unit = text.substring(unitStart, newEnd).toLowerCase(Locale.ROOT) + density;
    return new Figure(
        text.substring(f.span().start(), newEnd),
        new TextSpan(f.span().start(), newEnd),
        f.kind(),
        f.value(),
        f.max(),
        unit,
        f.per(),
        f.qualifier(),
        f.numerator(),
        f.denominator());
  }

  /** Returns where a list separator ({@code ,}, {@code và}, {@code ;}) ends the gap, or -1. */
  private static int separatorStart(String gap) {
    String g = gap.stripTrailing();
    for (String sep : new String[] {", và", ",", ";", " và"}) {
      if (g.endsWith(sep)) {
        return g.length() - sep.length();
      }
    }
    return -1;
  }

  private static boolean onlyWords(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != ' '
          && !Character.isLetter(c)
          && Character.getType(c) != Character.NON_SPACING_MARK) {
        return false;
      }
    }
    return true;
  }
}
