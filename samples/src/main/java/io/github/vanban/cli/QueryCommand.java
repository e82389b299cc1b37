package io.github.vanban.cli;

import io.github.vanban.search.SearchBackend;
import io.github.vanban.search.index.DamagedIndexException;
import io.github.vanban.search.query.Index;
import io.github.vanban.search.query.MissingIndexException;
import io.github.vanban.search.query.QueryJsonWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What the query commands share: {@code --index} (or {@code --solr} and {@code --collection}, or
 * {@code --opensearch} and {@code --opensearch-index}) and {@code --json}, opening the index, and
 * one error line on stderr with exit status 2 for a missing index or a bad query ({@code
 * InvalidQueryException} or a rejected filter), 1 for a read error.
 */
abstract class QueryCommand implements Callable<Integer> {

  @Mixin IndexOption index;

  @Mixin SolrOption solr;

  @Mixin OpenSearchOption opensearch;

  @Option(names = "--json", description = "Print one JSON object (OUTPUT.md) instead of tables.")
  boolean json;

  @ParentCommand VanbanCommand parent;

  @Spec CommandSpec spec;

  /** The JSON writer for {@code --json}. */
  final QueryJsonWriter writer = new QueryJsonWriter();

  /**
   * Runs the query and prints its result on {@code out}.
   *
   * @return the exit status
   */
  abstract int query(SearchBackend opened, PrintWriter out) throws IOException;

  @Override
  public final Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    String where =
        solr.given() ? solr.where() : opensearch.given() ? opensearch.where() : "" + index.path;
    try (SearchBackend opened =
        solr.given()
            ? solr.open()
            : opensearch.given() ? opensearch.open() : Index.open(index.path)) {
      return query(opened, spec.commandLine().getOut());
    } catch (MissingIndexException e) {
      err.println(index.missing());
      return VanbanCommand.USAGE;
    } catch (DamagedIndexException e) {
      err.println(
          "vanban: the index at "
              + index.path
              + " is damaged; rebuild it with 'vanban index FOLDER --rebuild --index "
              + index.path
              + "'");
      return VanbanCommand.SOME_FAILED;
    } catch (IllegalArgumentException e) {
      // InvalidQueryException and the query records' checks (min above max, to before from).
      err.println("vanban: " + e.getMessage());
      return VanbanCommand.USAGE;
    } catch (IOException e) {
      err.println("vanban: cannot read the index at " + where + ": " + e.getMessage());
      if (parent != null && parent.debug) {
        e.printStackTrace(err);
      }
      return VanbanCommand.SOME_FAILED;
    }
  }
}
