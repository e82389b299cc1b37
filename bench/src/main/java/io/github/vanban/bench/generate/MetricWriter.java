package io.github.vanban.bench.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes sentences and table rows that state indicators of core's lexicon with values, periods and
 * comparisons, the way reports and resolutions do. Stateless and thread-safe.
 */
final class MetricWriter {

  private final Lexicon lexicon;

  MetricWriter(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Returns a sentence stating an indicator in a document of {@code year}. */
  String sentence(Random r, int year) {
    Lexicon.Indicator ind = Words.pick(r, lexicon.indicators);
    String cue = Words.pick(r, ind.cues());
    String value = value(r, ind.unit(), true);
    String p = Words.decimal(1 + r.nextDouble() * 20);
    String s =
        switch (r.nextInt(6)) {
          case 0 ->
              cue
                  + " năm "
                  + year
                  + " đạt "
                  + value
                  + ", tăng "
                  + p
                  + "% so với năm "
                  + (year - 1)
                  + ".";
          case 1 ->
              cue + " " + period(r, year) + " ước đạt " + value + ", bằng " + p + "% kế hoạch năm.";
          case 2 -> "Phấn đấu " + cue + " năm " + (year + 1) + " đạt " + value + ".";
          case 3 -> cue + " đạt " + value + ", vượt " + p + "% chỉ tiêu đề ra.";
          case 4 -> "Đến năm 2030, " + cue + " đạt " + value + " trở lên.";
          default -> "Trong " + period(r, year) + ", " + cue + " đạt " + value + ".";
        };
    return Words.capitalize(s);
  }

  /** Returns a table of {@code rows} indicators: plan, result and ratio for {@code year}. */
  Part.Table table(Random r, int rows, int year) {
    List<List<String>> out = new ArrayList<>();
    out.add(
        List.of(
            "STT",
            "Chỉ tiêu",
            "Đơn vị tính",
            "Kế hoạch năm " + year,
            "Thực hiện năm " + year,
            "So sánh (%)"));
    for (int k = 1; k <= rows; k++) {
      Lexicon.Indicator ind = Words.pick(r, lexicon.indicators);
      out.add(
          List.of(
              Integer.toString(k),
              ind.label(),
              unitLabel(ind.unit()),
              value(r, ind.unit(), false),
              value(r, ind.unit(), false),
              Words.decimal(80 + r.nextDouble() * 40)));
    }
    return new Part.Table(out);
  }

  private static String period(Random r, int year) {
    return switch (r.nextInt(4)) {
      case 0 -> "6 tháng đầu năm " + year;
      case 1 -> "quý " + Words.roman(1 + r.nextInt(4)) + "/" + year;
      case 2 -> "9 tháng năm " + year;
      default -> "năm " + year;
    };
  }

  /** A value in {@code unit}, with the unit written after it when {@code withUnit}. */
  private static String value(Random r, String unit, boolean withUnit) {
    String n;
    String written;
    switch (unit) {
      case "%" -> {
        n = Words.decimal(0.5 + r.nextDouble() * 97);
        written = "%";
      }
      case "VND" -> {
        n = Words.integer(500 + r.nextInt(90_000));
        written = " tỷ đồng";
      }
      case "USD" -> {
        n = Words.integer(50 + r.nextInt(900));
        written = " triệu USD";
      }
      case "tấn" -> {
        n = Words.decimal(1 + r.nextDouble() * 60);
        written = " triệu tấn";
      }
      case "kwh" -> {
        n = Words.decimal(1 + r.nextDouble() * 30);
        written = " tỷ kWh";
      }
      case "lượt khách" -> {
        n = Words.decimal(1 + r.nextDouble() * 20);
        written = " triệu lượt khách";
      }
      case "tuổi" -> {
        n = Words.decimal(70 + r.nextDouble() * 8);
        written = " tuổi";
      }
      default -> {
        boolean rate = unit.contains("/");
        n = rate ? Words.decimal(5 + r.nextDouble() * 40) : Words.integer(10 + r.nextInt(20_000));
        written = " " + unit;
      }
    }
    return withUnit ? n + written : n;
  }

  private static String unitLabel(String unit) {
    return switch (unit) {
      case "VND" -> "Tỷ đồng";
      case "USD" -> "Triệu USD";
      case "tấn" -> "Triệu tấn";
      case "kwh" -> "Tỷ kWh";
      case "lượt khách" -> "Triệu lượt";
      default -> unit;
    };
  }
}
