package org.safeports.platform.files;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * Finds what in a PDF would run or open something by itself: JavaScript, launching programs,
 * submitting or importing forms, remote or embedded files, rich media, XFA forms, and the
 * "additional actions" that fire when a page opens or a field changes. Links to web pages,
 * bookmarks and "go to page" actions are ordinary and pass.
 *
 * <p>It reads the parsed objects, not the bytes: PDFBox has already decoded names written with
 * {@code #xx} escapes ({@code /J#61vaScript}) and objects packed into compressed object streams,
 * which a search of the raw file would miss. First the places a reader looks (the catalog's open
 * action and additional actions, its names tree, the form, each page and its annotations, the
 * bookmarks), then every object the cross-reference table lists, so that an action hidden where no
 * reader is expected to look is refused too.
 */
final class PdfActiveContent {

  static final String ACTIVE = "files.upload.activeContent";
  static final String EMBEDDED = "files.upload.embeddedFile";

  /** Actions that only move within the document, open a web link or change what is shown. */
  private static final Set<String> HARMLESS_ACTIONS =
      Set.of("GoTo", "URI", "Named", "Thread", "Hide", "SetOCGState", "Trans", "ResetForm");

  /** Actions a reader may take as the file opens: nothing that leaves the document. */
  private static final Set<String> HARMLESS_OPEN_ACTIONS = Set.of("GoTo", "Named");

  private static final Set<String> EMBEDDING_ACTIONS = Set.of("GoToE");

  private static final Set<String> ACTIVE_ANNOTATIONS =
      Set.of("RichMedia", "Screen", "Movie", "Sound", "3D");

  private static final COSName EMBEDDED_FILES = COSName.getPDFName("EmbeddedFiles");
  private static final COSName EMBEDDED_FILE = COSName.getPDFName("EmbeddedFile");
  private static final COSName JAVA_SCRIPT = COSName.getPDFName("JavaScript");
  private static final COSName RICH_MEDIA = COSName.getPDFName("RichMedia");
  private static final COSName FILE_ATTACHMENT = COSName.getPDFName("FileAttachment");

  private PdfActiveContent() {}

  /** The message key of the first thing found, or null for a document that only shows itself. */
  static String find(PDDocument pdf) throws IOException {
    String found = inCatalog(pdf.getDocumentCatalog());
    if (found == null) {
      found = inPages(pdf);
    }
    if (found == null) {
      found = inEveryObject(pdf);
    }
    return found;
  }

  private static String inCatalog(PDDocumentCatalog catalog) {
    COSDictionary root = catalog.getCOSObject();
    if (root.getDictionaryObject(COSName.OPEN_ACTION) instanceof COSDictionary action) {
      // An open action may also be a destination (an array), which only shows a page.
      String found = action(action, HARMLESS_OPEN_ACTIONS);
      if (found != null) {
        return found;
      }
    }
    if (hasAdditionalActions(root)) {
      return ACTIVE;
    }
    if (root.getDictionaryObject(COSName.NAMES) instanceof COSDictionary names) {
      if (names.containsKey(JAVA_SCRIPT)) {
        return ACTIVE;
      }
      if (names.containsKey(EMBEDDED_FILES)) {
        return EMBEDDED;
      }
    }
    if (root.getDictionaryObject(COSName.ACRO_FORM) instanceof COSDictionary form) {
      if (form.containsKey(COSName.XFA)) {
        return ACTIVE;
      }
      String found = inFields(form.getDictionaryObject(COSName.FIELDS), newSeen());
      if (found != null) {
        return found;
      }
    }
    if (root.getDictionaryObject(COSName.OUTLINES) instanceof COSDictionary outlines) {
      return inOutline(outlines.getDictionaryObject(COSName.FIRST), newSeen());
    }
    return null;
  }

  private static String inPages(PDDocument pdf) throws IOException {
    for (PDPage page : pdf.getPages()) {
      if (hasAdditionalActions(page.getCOSObject())) {
        return ACTIVE;
      }
      for (PDAnnotation annotation : page.getAnnotations()) {
        String found = annotation(annotation.getCOSObject());
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static String annotation(COSDictionary annotation) {
    COSName subtype = annotation.getCOSName(COSName.SUBTYPE);
    if (FILE_ATTACHMENT.equals(subtype)) {
      return EMBEDDED;
    }
    if (subtype != null && ACTIVE_ANNOTATIONS.contains(subtype.getName())) {
      return ACTIVE;
    }
    if (hasAdditionalActions(annotation)) {
      return ACTIVE;
    }
    if (annotation.getDictionaryObject(COSName.A) instanceof COSDictionary action) {
      return action(action, HARMLESS_ACTIONS);
    }
    return null;
  }

  /** Form fields carry their scripts (keystroke, format, validate, calculate) in /AA. */
  private static String inFields(COSBase fields, Set<COSBase> seen) {
    if (!(fields instanceof COSArray array)) {
      return null;
    }
    for (COSBase entry : array) {
      COSBase field = entry instanceof COSObject reference ? reference.getObject() : entry;
      if (!(field instanceof COSDictionary dictionary) || !seen.add(dictionary)) {
        continue;
      }
      String found = annotation(dictionary);
      if (found == null) {
        found = inFields(dictionary.getDictionaryObject(COSName.KIDS), seen);
      }
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static String inOutline(COSBase first, Set<COSBase> seen) {
    COSBase item = first;
    while (item instanceof COSDictionary entry && seen.add(entry)) {
      if (entry.getDictionaryObject(COSName.A) instanceof COSDictionary action) {
        String found = action(action, HARMLESS_ACTIONS);
        if (found != null) {
          return found;
        }
      }
      String found = inOutline(entry.getDictionaryObject(COSName.FIRST), seen);
      if (found != null) {
        return found;
      }
      item = entry.getDictionaryObject(COSName.NEXT);
    }
    return null;
  }

  /** An action and the ones chained after it (/Next, one or many), against what is allowed. */
  private static String action(COSDictionary first, Set<String> allowed) {
    Deque<COSDictionary> pending = new ArrayDeque<>();
    Set<COSBase> seen = newSeen();
    pending.add(first);
    while (!pending.isEmpty()) {
      COSDictionary action = pending.poll();
      if (!seen.add(action)) {
        continue;
      }
      if (action.containsKey(COSName.JS)) {
        return ACTIVE;
      }
      String type = action.getNameAsString(COSName.S);
      if (type != null && EMBEDDING_ACTIONS.contains(type)) {
        return EMBEDDED;
      }
      if (type == null || !allowed.contains(type)) {
        return ACTIVE;
      }
      if (type.equals("URI") && !isWebLink(action.getString(COSName.URI))) {
        return ACTIVE;
      }
      COSBase next = action.getDictionaryObject(COSName.NEXT);
      if (next instanceof COSDictionary one) {
        pending.add(one);
      } else if (next instanceof COSArray many) {
        for (COSBase each : many) {
          COSBase resolved = each instanceof COSObject reference ? reference.getObject() : each;
          if (resolved instanceof COSDictionary dictionary) {
            pending.add(dictionary);
          }
        }
      }
    }
    return null;
  }

  /**
   * Every object in the cross-reference table, with the dictionaries written inside it, for the
   * marks of active content wherever they are: a script (/JS), a JavaScript or launch action, an
   * embedded file, rich media, XFA, additional actions.
   */
  private static String inEveryObject(PDDocument pdf) {
    Set<COSBase> seen = newSeen();
    for (COSObjectKey key : pdf.getDocument().getXrefTable().keySet()) {
      COSObject object = pdf.getDocument().getObjectFromPool(key);
      String found = marks(object == null ? null : object.getObject(), seen);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static String marks(COSBase start, Set<COSBase> seen) {
    Deque<COSBase> pending = new ArrayDeque<>();
    if (start != null) {
      pending.add(start);
    }
    while (!pending.isEmpty()) {
      COSBase base = pending.poll();
      if (!seen.add(base)) {
        continue;
      }
      if (base instanceof COSArray array) {
        for (COSBase each : array) {
          // References are objects of their own in the table; only direct values are followed.
          if (each != null && !(each instanceof COSObject)) {
            pending.add(each);
          }
        }
      } else if (base instanceof COSDictionary dictionary) {
        String found = dictionaryMarks(dictionary);
        if (found != null) {
          return found;
        }
        for (COSBase value : dictionary.getValues()) {
          if (value != null && !(value instanceof COSObject)) {
            pending.add(value);
          }
        }
      }
    }
    return null;
  }

  private static String dictionaryMarks(COSDictionary dictionary) {
    if (dictionary.containsKey(EMBEDDED_FILES)
        || dictionary.containsKey(COSName.EF)
        || EMBEDDED_FILE.equals(dictionary.getCOSName(COSName.TYPE))
        || FILE_ATTACHMENT.equals(dictionary.getCOSName(COSName.SUBTYPE))) {
      return EMBEDDED;
    }
    if (dictionary.containsKey(COSName.JS)
        || dictionary.containsKey(JAVA_SCRIPT)
        || dictionary.containsKey(COSName.XFA)
        || hasAdditionalActions(dictionary)
        || RICH_MEDIA.equals(dictionary.getCOSName(COSName.SUBTYPE))) {
      return ACTIVE;
    }
    String type = dictionary.getNameAsString(COSName.S);
    if (type != null && isActiveActionType(type)) {
      return EMBEDDING_ACTIONS.contains(type) ? EMBEDDED : ACTIVE;
    }
    return null;
  }

  /**
   * The action types that run, send or open something. /S also names other things (a soft mask's
   * kind, a transition's style), so only these names count outside an action's known places.
   */
  private static boolean isActiveActionType(String type) {
    return switch (type) {
      case "JavaScript",
          "Launch",
          "SubmitForm",
          "ImportData",
          "GoToR",
          "GoToE",
          "Rendition",
          "RichMediaExecute",
          "Movie",
          "Sound",
          "GoTo3DView" ->
          true;
      default -> false;
    };
  }

  /** A link to a web page or an address; a "javascript:" or "file:" link is not one. */
  private static boolean isWebLink(String uri) {
    String link = uri == null ? "" : uri.strip().toLowerCase(java.util.Locale.ROOT);
    return link.startsWith("https:") || link.startsWith("http:") || link.startsWith("mailto:");
  }

  private static boolean hasAdditionalActions(COSDictionary dictionary) {
    return dictionary.getDictionaryObject(COSName.AA) instanceof COSDictionary actions
        && actions.size() > 0;
  }

  private static Set<COSBase> newSeen() {
    return Collections.newSetFromMap(new IdentityHashMap<COSBase, Boolean>());
  }
}
