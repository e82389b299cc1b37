package io.github.vanban.cli;

import io.github.vanban.core.DefaultPipeline;
import io.github.vanban.core.json.AnalysisJsonWriter;
import io.github.vanban.core.model.ExtractedDocument;
import io.github.vanban.core.pipeline.AnalyzedDocument;
import io.github.vanban.core.pipeline.Pipeline;
import io.github.vanban.extract.ExtractContext;
import io.github.vanban.extract.ExtractionException;
import io.github.vanban.extract.Extractors;
import io.github.vanban.extract.OcrMode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code vanban extract}: prints each file's text ({@code --text}, documents separated by a form
 * feed) or its analysis as OUTPUT.md JSON Lines ({@code --json}).
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Extract the text of files, or analyse them as JSON Lines (OUTPUT.md).")
final class ExtractCommand implements Callable<Integer> {

  static final class Mode {
    @Option(names = "--text", required = true, description = "Print the extracted text.")
    boolean text;

    @Option(
        names = "--json",
        required = true,
        description =
            "Print one JSON object per file: header, references, dates, figures, metrics.")
    boolean json;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Mode mode;

  @Option(names = "--no-ocr", description = "Do not OCR scanned pages.")
  boolean noOcr;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files to read.")
  List<Path> files;

  @ParentCommand VanbanCommand parent;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Extractors extractors = Extractors.standard();
    ExtractContext context = ExtractContext.DEFAULT.withOcr(noOcr ? OcrMode.OFF : OcrMode.AUTO);
    Pipeline pipeline = mode.json ? DefaultPipeline.create() : null;
    AnalysisJsonWriter writer = new AnalysisJsonWriter();
    int failed = 0;
    boolean first = true;
    for (Path file : files) {
      String source = file.toString();
      try {
        ExtractedDocument doc = extractors.extract(file, context);
        doc.warnings().forEach(w -> err.println("vanban: " + source + ": " + w));
        if (mode.json) {
          out.println(writer.write(source, analyze(pipeline, doc)));
        } else {
          if (!first) {
            out.print('\f');
          }
          out.println(doc.text());
        }
      } catch (ExtractionException e) {
        failed++;
        err.println("vanban: " + source + ": " + e.reason() + ": " + e.getMessage());
        if (parent.debug) {
          e.printStackTrace(err);
        }
        if (mode.json) {
          out.println(writer.writeError(source, e.reason() + ": " + e.getMessage()));
        }
      }
      first = false;
      out.flush();
    }
    return failed == 0 ? VanbanCommand.OK : VanbanCommand.SOME_FAILED;
  }

  /** Analyses one file; running out of memory on it fails that file only, as {@code TOO_LARGE}. */
  private static AnalyzedDocument analyze(Pipeline pipeline, ExtractedDocument doc)
      throws ExtractionException {
    try {
      return pipeline.analyze(doc);
    } catch (OutOfMemoryError e) {
      throw new ExtractionException(
          ExtractionException.Reason.TOO_LARGE,
          "the text needs more memory than the heap has to be analysed",
          e);
    }
  }
}
