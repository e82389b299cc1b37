package io.github.vanban.core.recognize.figure;

import io.github.vanban.core.model.FigureKind;
import io.github.vanban.core.model.Qualifier;

/**
 * The parts of one figure read so far by {@link FigureParser}. Mutable; confined to one call of the
 * parser.
 */
final class Reading {

  final String text;
  final int numberStart;
  final boolean fraction;
  final double low;
  int prefixStart;
  int end;
  Double high;
  double multiplier = 1;
  FigureKind kind;
  int unitStart;
  String unit;
  String per;
  Qualifier qualifier;

  Reading(String text, VietnameseNumber first) {
    this.text = text;
    this.numberStart = first.span().start();
    this.fraction = first.fraction();
    this.low = first.value();
    this.prefixStart = numberStart;
    this.end = first.span().end();
  }
}
