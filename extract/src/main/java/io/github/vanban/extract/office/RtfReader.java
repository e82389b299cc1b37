package io.github.vanban.extract.office;

import com.rtfparserkit.parser.IRtfListener;
import com.rtfparserkit.rtf.Command;
import com.rtfparserkit.rtf.CommandType;
import io.github.vanban.extract.office.RtfGroup.Sink;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Turns the events of RTF Parser Kit's standard parser (text already decoded from the document's
 * and fonts' code pages and from {@code \\uN}) into {@link WordPart}s: paragraphs, tables from
 * {@code \\intbl}/{@code \\cell}/{@code \\row}, list markers from {@code \\listtext}, field results
 * without field codes, footnotes and page headers apart, ignorable and binary destinations dropped.
 * It reads the font table so that runs in TCVN3 or VNI fonts are converted to Unicode.
 *
 * <p>Not thread-safe: one per parse.
 */
final class RtfReader implements IRtfListener {

  /** Destinations whose text is document text; every other destination is skipped. */
  private static final Set<Command> TEXT_DESTINATIONS =
      Set.of(
          Command.rtf,
          Command.field,
          Command.fldrslt,
          Command.listtext,
          Command.pntext,
          Command.shp,
          Command.shpinst,
          Command.shptxt,
          Command.shpgrp,
          Command.object,
          Command.result,
          Command.dptxbxtext,
          Command.ud,
          Command.upr);

  private static final Set<Command> FURNITURE =
      Set.of(
          Command.header,
          Command.headerl,
          Command.headerr,
          Command.headerf,
          Command.footer,
          Command.footerl,
          Command.footerr,
          Command.footerf);

  private final LegacyFontText legacy;
  private final Deque<RtfGroup> stack = new ArrayDeque<>();
  private RtfGroup group = new RtfGroup(Sink.BODY, -1, false);
  private final Map<Integer, String> fonts = new HashMap<>();
  private final RtfTextBuffers buffers;
  private final StringBuilder fontName = new StringBuilder();
  private final StringBuilder run = new StringBuilder();
  private int fontDef = -1;
  private int defaultFont = -1;

  /** Reads with the legacy-font converter. */
  RtfReader(LegacyFontText legacy) {
    this.legacy = legacy;
    this.buffers = new RtfTextBuffers();
  }

  /** Returns what was read. */
  RtfTextBuffers result() {
    buffers.finish();
    return buffers;
  }

  @Override
  public void processDocumentStart() {}

  @Override
  public void processDocumentEnd() {}

  @Override
  public void processGroupStart() {
    stack.push(group);
    group = group.copy();
  }

  @Override
  public void processGroupEnd() {
    flushRun();
    if (group.sink == Sink.FONT_TABLE && fontDef >= 0) {
      defineFont();
    }
    group = stack.isEmpty() ? group : stack.pop();
  }

  @Override
  public void processCharacterBytes(byte[] data) {}

  @Override
  public void processBinaryBytes(byte[] data) {}

  @Override
  public void processString(String s) {
    switch (group.sink) {
      case FONT_TABLE -> fontName.append(s);
      case TITLE -> buffers.title.append(s);
      case AUTHOR -> buffers.author.append(s);
      case BODY, NOTE, FURNITURE -> run.append(s);
      default -> {
        // skipped destination
      }
    }
  }

  @Override
  public void processCommand(
      Command command, int parameter, boolean hasParameter, boolean optional) {
    if (command == null) {
      return;
    }
    if (command.getCommandType() == CommandType.Destination) {
      destination(command, optional);
      return;
    }
    if (group.sink == Sink.FONT_TABLE) {
      fontTableCommand(command, parameter);
      return;
    }
    if (group.sink == Sink.SKIP || group.sink == Sink.INFO) {
      return;
    }
    textCommand(command, parameter);
  }

  private void destination(Command command, boolean optional) {
    flushRun();
    if (group.sink == Sink.SKIP) {
      return;
    }
    group.sink =
        switch (command) {
          case fonttbl -> Sink.FONT_TABLE;
          case info -> Sink.INFO;
          case title -> group.sink == Sink.INFO ? Sink.TITLE : Sink.SKIP;
          case author -> group.sink == Sink.INFO ? Sink.AUTHOR : Sink.SKIP;
          case footnote -> Sink.NOTE;
          default -> {
            if (FURNITURE.contains(command)) {
              yield Sink.FURNITURE;
            }
            yield optional || !TEXT_DESTINATIONS.contains(command) || group.sink == Sink.INFO
                ? Sink.SKIP
                : group.sink;
          }
        };
    if (group.sink == Sink.NOTE || group.sink == Sink.FURNITURE) {
      buffers.startStory(group.sink);
    }
  }

  private void fontTableCommand(Command command, int parameter) {
    if (command == Command.f) {
      if (fontDef >= 0) {
        defineFont();
      }
      fontDef = parameter;
    }
  }

  private void defineFont() {
    String name = fontName.toString();
    int semicolon = name.indexOf(';');
    fonts.put(fontDef, (semicolon >= 0 ? name.substring(0, semicolon) : name).strip());
    fontName.setLength(0);
    fontDef = -1;
  }

  private void textCommand(Command command, int parameter) {
    switch (command) {
      case f -> {
        flushRun();
        group.font = parameter;
      }
      case deff -> {
        defaultFont = parameter;
        group.font = parameter;
      }
      case plain -> {
        flushRun();
        group.font = defaultFont;
      }
      case par, sect, page -> endParagraph();
      case line -> run.append('\n');
      case tab -> run.append('\t');
      case pard -> group.inTable = false;
      case intbl -> group.inTable = true;
      case cell, nestcell -> {
        flushRun();
        buffers.endCell();
      }
      case row, nestrow -> {
        flushRun();
        buffers.endRow();
      }
      default -> {
        // formatting that does not change the text
      }
    }
  }

  private void endParagraph() {
    flushRun();
    buffers.endParagraph(group.inTable, group.sink);
  }

  /** Converts the pending run from its font's legacy encoding and hands it on. */
  private void flushRun() {
    if (run.isEmpty()) {
      return;
    }
    String text = legacy.decode(run.toString(), fonts.get(group.font));
    buffers.append(text, group.sink, group.inTable);
    run.setLength(0);
  }
}
