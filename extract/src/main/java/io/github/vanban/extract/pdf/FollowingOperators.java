package io.github.vanban.extract.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceRGBColor;
import org.apache.pdfbox.contentstream.operator.graphics.AppendRectangleToPath;
import org.apache.pdfbox.contentstream.operator.graphics.BeginInlineImage;
import org.apache.pdfbox.contentstream.operator.graphics.ClipEvenOddRule;
import org.apache.pdfbox.contentstream.operator.graphics.ClipNonZeroRule;
import org.apache.pdfbox.contentstream.operator.graphics.CloseAndStrokePath;
import org.apache.pdfbox.contentstream.operator.graphics.CloseFillEvenOddAndStrokePath;
import org.apache.pdfbox.contentstream.operator.graphics.CloseFillNonZeroAndStrokePath;
import org.apache.pdfbox.contentstream.operator.graphics.ClosePath;
import org.apache.pdfbox.contentstream.operator.graphics.CurveTo;
import org.apache.pdfbox.contentstream.operator.graphics.CurveToReplicateFinalPoint;
import org.apache.pdfbox.contentstream.operator.graphics.CurveToReplicateInitialPoint;
import org.apache.pdfbox.contentstream.operator.graphics.EndPath;
import org.apache.pdfbox.contentstream.operator.graphics.FillEvenOddAndStrokePath;
import org.apache.pdfbox.contentstream.operator.graphics.FillEvenOddRule;
import org.apache.pdfbox.contentstream.operator.graphics.FillNonZeroAndStrokePath;
import org.apache.pdfbox.contentstream.operator.graphics.FillNonZeroRule;
import org.apache.pdfbox.contentstream.operator.graphics.LegacyFillNonZeroRule;
import org.apache.pdfbox.contentstream.operator.graphics.LineTo;
import org.apache.pdfbox.contentstream.operator.graphics.MoveTo;
import org.apache.pdfbox.contentstream.operator.graphics.ShadingFill;
import org.apache.pdfbox.contentstream.operator.graphics.StrokePath;
import org.apache.pdfbox.contentstream.operator.state.SetFlatness;
import org.apache.pdfbox.contentstream.operator.state.SetLineCapStyle;
import org.apache.pdfbox.contentstream.operator.state.SetLineDashPattern;
import org.apache.pdfbox.contentstream.operator.state.SetLineJoinStyle;
import org.apache.pdfbox.contentstream.operator.state.SetLineMiterLimit;
import org.apache.pdfbox.contentstream.operator.state.SetLineWidth;
import org.apache.pdfbox.contentstream.operator.state.SetRenderingIntent;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDResources;

/**
 * The operators only a graphics pass runs (paths, painting, clipping, images, shadings, the
 * stroking colour and the line style), as a {@link GlyphCollector}'s text pass adds them: each runs
 * through the following {@link GraphicsCollector} while it follows the pass and is ignored
 * otherwise, as a text pass ignores them. {@code Do} hands images to the graphics and runs forms in
 * the text pass.
 */
final class FollowingOperators {

  private FollowingOperators() {}

  /**
   * Returns the operators {@code text} adds to run the drawing through {@code drawing}, {@code Do}
   * last.
   */
  static List<OperatorProcessor> of(GlyphCollector text, GraphicsCollector drawing) {
    List<OperatorProcessor> drawn =
        List.of(
            new SetStrokingColorSpace(drawing),
            new SetStrokingColor(drawing),
            new SetStrokingColorN(drawing),
            new SetStrokingDeviceGrayColor(drawing),
            new SetStrokingDeviceRGBColor(drawing),
            new SetStrokingDeviceCMYKColor(drawing),
            new SetFlatness(drawing),
            new SetLineCapStyle(drawing),
            new SetLineDashPattern(drawing),
            new SetLineJoinStyle(drawing),
            new SetLineMiterLimit(drawing),
            new SetLineWidth(drawing),
            new SetRenderingIntent(drawing),
            new MoveTo(drawing),
            new LineTo(drawing),
            new CurveTo(drawing),
            new CurveToReplicateInitialPoint(drawing),
            new CurveToReplicateFinalPoint(drawing),
            new ClosePath(drawing),
            new AppendRectangleToPath(drawing),
            new StrokePath(drawing),
            new CloseAndStrokePath(drawing),
            new FillNonZeroRule(drawing),
            new LegacyFillNonZeroRule(drawing),
            new FillEvenOddRule(drawing),
            new FillNonZeroAndStrokePath(drawing),
            new FillEvenOddAndStrokePath(drawing),
            new CloseFillNonZeroAndStrokePath(drawing),
            new CloseFillEvenOddAndStrokePath(drawing),
            new EndPath(drawing),
            new ClipNonZeroRule(drawing),
            new ClipEvenOddRule(drawing),
            new BeginInlineImage(drawing),
            new ShadingFill(drawing));
    List<OperatorProcessor> added = new ArrayList<>();
    for (OperatorProcessor processor : drawn) {
      added.add(new Drawn(text, drawing, processor));
    }
    added.add(new DrawnObject(text, drawing));
    return added;
  }

  /** An operator run through the following graphics collector, while it follows. */
  private static final class Drawn extends OperatorProcessor {
    private final GlyphCollector text;
    private final GraphicsCollector drawing;
    private final OperatorProcessor processor;

    Drawn(GlyphCollector text, GraphicsCollector drawing, OperatorProcessor processor) {
      super(text);
      this.text = text;
      this.drawing = drawing;
      this.processor = processor;
    }

    @Override
    public void process(Operator operator, List<COSBase> operands) {
      if (text.drawingFollows()) {
        drawing.draw(processor, operator, operands);
      }
    }

    @Override
    public String getName() {
      return processor.getName();
    }
  }

  /**
   * {@code Do}: an image goes to the following graphics collector, a form is run in the text pass.
   */
  private static final class DrawnObject extends OperatorProcessor {
    private final GlyphCollector text;
    private final GraphicsCollector drawing;
    private final OperatorProcessor forms;
    private final OperatorProcessor images;

    DrawnObject(GlyphCollector text, GraphicsCollector drawing) {
      super(text);
      this.text = text;
      this.drawing = drawing;
      this.forms = new DrawObject(text);
      this.images = new org.apache.pdfbox.contentstream.operator.graphics.DrawObject(drawing);
    }

    @Override
    public void process(Operator operator, List<COSBase> operands) throws IOException {
      if (text.drawingFollows() && isImage(operands)) {
        drawing.draw(images, operator, operands);
      } else {
        forms.process(operator, operands);
      }
    }

    private boolean isImage(List<COSBase> operands) {
      PDResources resources = text.getResources();
      return !operands.isEmpty()
          && operands.get(0) instanceof COSName name
          && resources != null
          && resources.isImageXObject(name);
    }

    @Override
    public String getName() {
      return forms.getName();
    }
  }
}
