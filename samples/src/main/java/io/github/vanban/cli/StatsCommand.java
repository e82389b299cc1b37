package io.github.vanban.cli;

import io.github.vanban.search.SearchBackend;
import io.github.vanban.search.query.IndexStats;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;

/** {@code vanban stats}: documents by format, type, issuer and year, and what was found in them. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Show what the index holds: documents by format, type, issuer, year; counts.")
final class StatsCommand extends QueryCommand {

  @Override
  int query(SearchBackend opened, PrintWriter out) throws IOException {
    IndexStats s = opened.stats();
    if (json) {
      out.println(writer.write(s));
      return VanbanCommand.OK;
    }
    out.println("Index " + opened.location());
    out.println("  documents   " + s.documents());
    out.println("  references  " + s.references());
    out.println("  dates       " + s.dates());
    out.println("  figures     " + s.figures());
    out.println("  metrics     " + s.metrics());
    print(out, "By format", s.byFormat());
    print(out, "By type", s.byType());
    print(out, "By year", new TreeMap<>(s.byYear()));
    print(out, "By issuer", s.byIssuer());
    print(out, "Metrics by indicator", s.byIndicator());
    return VanbanCommand.OK;
  }

  private static void print(PrintWriter out, String title, Map<String, Integer> counts) {
    if (counts.isEmpty()) {
      return;
    }
    out.println(title);
    int width =
        counts.values().stream().mapToInt(v -> Integer.toString(v).length()).max().orElse(1);
    out.print(
        counts.entrySet().stream()
            .map(e -> String.format("  %" + width + "d  %s%n", e.getValue(), e.getKey()))
            .collect(Collectors.joining()));
  }
}
