package io.github.vanban.extract.pdf;

import java.io.IOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;

/**
 * Tells whether a page may draw Type 3 glyphs: the only glyphs whose drawing is itself a content
 * stream of paths and images. A page without them draws no graphics through its text, so a graphics
 * pass may skip its text operators.
 *
 * <p>Looks at the font dictionaries (and graphics-state fonts) of the page's resources, of every
 * form they reach, and of the appearance streams of the annotations drawn over the page, without
 * loading any font. Stateless and thread-safe.
 */
final class Type3Fonts {

  private Type3Fonts() {}

  /** Returns true when the page's content or its drawn annotations can select a Type 3 font. */
  static boolean onPage(PDPage page) {
    Set<COSBase> visited = Collections.newSetFromMap(new IdentityHashMap<>());
    PDResources resources = page.getResources();
    if (resources != null && inResources(resources.getCOSObject(), visited)) {
      return true;
    }
    for (PDAnnotation annotation : annotations(page)) {
      if (AnnotationOverlays.isStamp(annotation)) {
        PDAppearanceStream appearance = annotation.getNormalAppearanceStream();
        if (inResources(appearance.getCOSObject().getCOSDictionary(COSName.RESOURCES), visited)) {
          return true;
        }
      }
    }
    return false;
  }

  private static Iterable<PDAnnotation> annotations(PDPage page) {
    try {
      return page.getAnnotations();
    } catch (IOException e) {
      return List.of();
    }
  }

  private static boolean inResources(COSDictionary resources, Set<COSBase> visited) {
    if (resources == null || !visited.add(resources)) {
      return false;
    }
    return anyType3(resources.getCOSDictionary(COSName.FONT))
        || inStates(resources.getCOSDictionary(COSName.EXT_G_STATE))
        || inForms(resources.getCOSDictionary(COSName.XOBJECT), visited);
  }

  private static boolean anyType3(COSDictionary fonts) {
    if (fonts == null) {
      return false;
    }
    for (COSName name : fonts.keySet()) {
      if (isType3(fonts.getDictionaryObject(name))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isType3(COSBase font) {
    return font instanceof COSDictionary d && COSName.TYPE3.equals(d.getCOSName(COSName.SUBTYPE));
  }

  private static boolean inStates(COSDictionary states) {
    if (states == null) {
      return false;
    }
    for (COSName name : states.keySet()) {
      if (states.getDictionaryObject(name) instanceof COSDictionary state
          && state.getDictionaryObject(COSName.FONT) instanceof COSArray setting
          && setting.size() > 0
          && isType3(setting.getObject(0))) {
        return true;
      }
    }
    return false;
  }

  private static boolean inForms(COSDictionary xobjects, Set<COSBase> visited) {
    if (xobjects == null) {
      return false;
    }
    for (COSName name : xobjects.keySet()) {
      if (xobjects.getDictionaryObject(name) instanceof COSDictionary form
          && COSName.FORM.equals(form.getCOSName(COSName.SUBTYPE))
          && inResources(form.getCOSDictionary(COSName.RESOURCES), visited)) {
        return true;
      }
    }
    return false;
  }
}
