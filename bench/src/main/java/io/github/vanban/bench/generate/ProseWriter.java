package io.github.vanban.bench.generate;

import java.time.LocalDate;
import java.util.Random;

/** Fills the filler sentences of {@code sentences.txt}. Stateless and thread-safe. */
final class ProseWriter {

  private final Lexicon lexicon;

  ProseWriter(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Returns a filler sentence for a document of {@code meta}. */
  String sentence(Random r, DocumentMeta meta) {
    int year = meta.issued().getYear();
    LocalDate day = LocalDate.ofYearDay(year, 1 + r.nextInt(365));
    int n = 5 + r.nextInt(200);
    return MetaFactory.fill(Words.pick(r, lexicon.sentences), meta.issuer(), year)
        .replace("{D}", r.nextBoolean() ? Words.dateInFigures(day) : Words.date(day).substring(5))
        .replace("{Q}", "quý " + Words.roman(1 + r.nextInt(4)) + " năm " + year)
        .replace("{N}", Integer.toString(n))
        .replace("{M}", Integer.toString(n + r.nextInt(300)))
        .replace("{R}", Words.decimal(60 + r.nextDouble() * 40));
  }
}
