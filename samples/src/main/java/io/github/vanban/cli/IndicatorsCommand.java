package io.github.vanban.cli;

import io.github.vanban.core.recognize.metric.Indicator;
import io.github.vanban.core.recognize.metric.IndicatorLexicon;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code vanban indicators}: the indicators vanban recognises, with their units and their
 * Vietnamese and English labels; {@code vanban metric} takes the id or a label.
 */
@Command(
    name = "indicators",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "List the indicators vanban recognises: id, units, Vietnamese and English label.")
final class IndicatorsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Table t = new Table(List.of("ID", "UNITS", "NHÃN", "LABEL"), 24, 30, 60, 60);
    for (Indicator i : IndicatorLexicon.bundled().indicators()) {
      t.row(i.id(), String.join(", ", i.units()), i.label(), i.labelEn());
    }
    t.print(out, "");
    return VanbanCommand.OK;
  }
}
