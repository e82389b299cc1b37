package io.github.vanban.core.recognize.number;

import io.github.vanban.core.model.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds web addresses and e-mail addresses, whose path segments can look like document numbers
 * ({@code ...?so=205/NQ-HĐND}) but cite nothing.
 *
 * <p>Each run is matched only from its start (a look-behind on the run's own characters), so the
 * scan is linear. Stateless and thread-safe.
 */
final class WebAddresses {

  private static final Pattern ADDRESS =
      Pattern.compile(
          "(?<!\\S)(?:[a-zA-Z][a-zA-Z0-9+.-]{0,15}+://|www\\.)\\S++"
              + "|(?<![\\w.+-])[\\w.+-]++@[\\w-]++(?:\\.[\\w-]++)++");

  private WebAddresses() {}

  /** Returns the spans of the addresses in {@code text}, in order. */
  static List<TextSpan> find(CharSequence text) {
    List<TextSpan> out = new ArrayList<>();
    if (!mayHoldAddress(text.toString())) {
      return out;
    }
    Matcher m = ADDRESS.matcher(text);
    while (m.find()) {
      out.add(new TextSpan(m.start(), m.end()));
    }
    return out;
  }

  /**
   * Whether {@code text} holds what every address needs: {@code ://}, {@code www.} or {@code @}.
   */
  private static boolean mayHoldAddress(String text) {
    return text.indexOf('@') >= 0 || text.contains("://") || text.contains("www.");
  }
}
