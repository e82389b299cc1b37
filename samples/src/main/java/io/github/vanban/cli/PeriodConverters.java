package io.github.vanban.cli;

import io.github.vanban.core.model.DateValue;
import java.time.LocalDate;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converts period arguments ({@code 2024}, {@code 2024-Q4}, {@code 2024-07}, {@code 2024-07-10},
 * {@code 2021/2025}) for the query commands; a bad value is a usage error. Stateless and
 * thread-safe.
 */
final class PeriodConverters {

  private PeriodConverters() {}

  static DateValue parse(String value) {
    return DateValue.tryParse(value)
        .orElseThrow(
            () ->
                new TypeConversionException(
                    "'"
                        + value
                        + "' is not a period; use 2024, 2024-Q4, 2024-H1, 2024-07, 2024-07-10"
                        + " or 2021/2025"));
  }

  /** A whole period. */
  static final class Period implements ITypeConverter<DateValue> {
    @Override
    public DateValue convert(String value) {
      return parse(value);
    }
  }

  /** The first day of a period, for {@code --from}. */
  static final class FirstDay implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      return parse(value).start();
    }
  }

  /** The last day of a period, for {@code --to}. */
  static final class LastDay implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      return parse(value).end();
    }
  }
}
