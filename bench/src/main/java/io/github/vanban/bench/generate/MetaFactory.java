package io.github.vanban.bench.generate;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Draws the identity of document {@code i} from the seed and {@code i} alone. Immutable and
 * thread-safe.
 */
final class MetaFactory {

  /** The years documents are issued in. */
  static final int FIRST_YEAR = 2016;

  static final int LAST_YEAR = 2025;

  private final Lexicon lexicon;
  private final long seed;
  private final int[] cumulative;
  private final OutputFormat only;

  /** Draws over {@code lexicon}; every document in {@code only}, or in the mix when it is null. */
  MetaFactory(Lexicon lexicon, long seed, OutputFormat only) {
    this.lexicon = lexicon;
    this.seed = seed;
    this.only = only;
    List<Issuer> issuers = lexicon.issuers;
    cumulative = new int[issuers.size()];
    int sum = 0;
    for (int k = 0; k < issuers.size(); k++) {
      sum += issuers.get(k).weight();
      cumulative[k] = sum;
    }
  }

  /** Returns a random source for document {@code i}'s {@code stream} (0: identity, 1: body). */
  Random random(int i, int stream) {
    long h = seed * 0x9E3779B97F4A7C15L + i * 0xBF58476D1CE4E5B9L + stream * 0x94D049BB133111EBL;
    return new Random(h ^ (h >>> 31));
  }

  /** Returns the identity of document {@code i}. */
  DocumentMeta meta(int i) {
    Random r = random(i, 0);
    Issuer issuer = issuer(r);
    Issuer.DocumentType type = Words.pick(r, issuer.types());
    int year = FIRST_YEAR + r.nextInt(LAST_YEAR - FIRST_YEAR + 1);
    LocalDate issued = LocalDate.ofYearDay(year, 1 + r.nextInt(365));
    int serial = 1 + r.nextInt(type.withYear() ? 120 : 900);
    String subject = fill(Words.pick(r, lexicon.subjects), issuer, year);
    OutputFormat drawn = OutputFormat.byShare(r.nextInt(100));
    OutputFormat format = only == null ? drawn : only;
    return new DocumentMeta(
        i, issuer, type, number(issuer, type, serial, year), issued, subject, format);
  }

  private Issuer issuer(Random r) {
    int x = r.nextInt(cumulative[cumulative.length - 1]);
    for (int k = 0; k < cumulative.length; k++) {
      if (x < cumulative[k]) {
        return lexicon.issuers.get(k);
      }
    }
    throw new IllegalStateException("unreachable: the draw is below the total weight");
  }

  private static String number(Issuer issuer, Issuer.DocumentType type, int serial, int year) {
    if (issuer.party()) {
      return serial + "-" + type.code() + "/" + issuer.code();
    }
    if (issuer.code().equals("QH15")) {
      return serial + "/" + year + "/QH15";
    }
    String year0 = type.withYear() ? year + "/" : "";
    return serial + "/" + year0 + type.code() + "-" + issuer.code();
  }

  /** Fills the placeholders of a subject or sentence template. */
  static String fill(String template, Issuer issuer, int year) {
    int start = year - (year - 2021 + 100) % 5;
    return template
        .replace("{Y1}", Integer.toString(year + 1))
        .replace("{Y}", Integer.toString(year))
        .replace("{S}", Integer.toString(start))
        .replace("{E}", Integer.toString(start + 4))
        .replace("{A}", issuer.area())
        .replace("{I}", issuer.name());
  }
}
