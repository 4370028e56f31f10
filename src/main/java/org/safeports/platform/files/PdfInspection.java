package org.safeports.platform.files;

import static org.safeports.platform.files.ByteScan.indexOf;
import static org.safeports.platform.files.ByteScan.isDelimiter;
import static org.safeports.platform.files.ByteScan.isWhitespace;
import static org.safeports.platform.files.ByteScan.lastIndexOf;
import static org.safeports.platform.files.ByteScan.skipDigits;
import static org.safeports.platform.files.ByteScan.skipPadding;
import static org.safeports.platform.files.ByteScan.skipWhitespace;
import static org.safeports.platform.files.ByteScan.startsWithAt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The checks and the text of a PDF: no second format inside it, nothing after its end, no active
 * content written plainly in its bytes nor found in its structure ({@link PdfActiveContent}).
 */
final class PdfInspection {

  private static final Logger log = LoggerFactory.getLogger(PdfInspection.class);
  private static final byte[] ZIP_END = {'P', 'K', 5, 6};
  private static final byte[] PDF_END = "%%EOF".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] XREF = "xref".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] OBJ = "obj".getBytes(StandardCharsets.US_ASCII);
  private static final int MAX_PDF_PAGES_READ = 2000;

  /** Names of active content as they look when written plainly, with the refusal each means. */
  private static final Map<String, String> ACTIVE_NAMES =
      Map.of(
          "/JavaScript", PdfActiveContent.ACTIVE,
          "/Launch", PdfActiveContent.ACTIVE,
          "/RichMedia", PdfActiveContent.ACTIVE,
          "/XFA", PdfActiveContent.ACTIVE,
          "/EmbeddedFile", PdfActiveContent.EMBEDDED,
          "/EmbeddedFiles", PdfActiveContent.EMBEDDED);

  private PdfInspection() {}

  record PdfText(String text, int pages) {}

  /** The checks, then the text and the number of pages. */
  static PdfText inspect(byte[] content) throws UploadRefused {
    refuseSecondFormatInPdf(content);
    refuseDataAfterTheEnd(content);
    refuseActiveNames(content);
    return pdfText(content);
  }

  /** A PDF that is also a ZIP (or carries one at its end) is two files at once: refused. */
  private static void refuseSecondFormatInPdf(byte[] content) throws UploadRefused {
    int from = Math.max(0, content.length - 70 * 1024);
    if (indexOf(content, ZIP_END, from) >= 0) {
      throw new UploadRefused("files.upload.polyglot");
    }
  }

  /**
   * A PDF ends with {@code %%EOF}; past the last one only line ends, spaces and padding (NUL bytes
   * some systems add) are legitimate. An incremental update (a signature, a filled form, an edit)
   * appends a revision with its own end marker, so an earlier marker on its own line must be
   * followed by the next revision: an object, a cross-reference table or a comment. Anything else
   * there, typically an HTML page, is a second file riding on the PDF.
   */
  static void refuseDataAfterTheEnd(byte[] content) throws UploadRefused {
    int last = lastIndexOf(content, PDF_END);
    if (last < 0) {
      throw new UploadRefused("files.upload.damaged");
    }
    if (skipPadding(content, last + PDF_END.length) < content.length) {
      throw new UploadRefused("files.upload.polyglot");
    }
    for (int at = indexOf(content, PDF_END, 0); at >= 0 && at < last; ) {
      int after = at + PDF_END.length;
      boolean endsALine =
          (at == 0 || content[at - 1] == '\n' || content[at - 1] == '\r')
              && (after >= content.length || isWhitespace(content[after]));
      if (endsALine && !startsARevision(content, skipPadding(content, after))) {
        throw new UploadRefused("files.upload.polyglot");
      }
      at = indexOf(content, PDF_END, after);
    }
  }

  private static boolean startsARevision(byte[] content, int at) {
    if (at >= content.length) {
      return true;
    }
    if (content[at] == '%' || startsWithAt(content, XREF, at)) {
      return true;
    }
    // "12 0 obj"
    int i = skipDigits(content, at);
    if (i == at || i >= content.length || !isWhitespace(content[i])) {
      return false;
    }
    int generation = skipWhitespace(content, i);
    i = skipDigits(content, generation);
    if (i == generation || i >= content.length || !isWhitespace(content[i])) {
      return false;
    }
    return startsWithAt(content, OBJ, skipWhitespace(content, i));
  }

  /**
   * The names of scripts, launches, embedded files, rich media and XFA written plainly anywhere in
   * the bytes, also in a revision an update has hidden or an object outside the cross-reference
   * table. Names hidden by escapes or compression are left to {@link PdfActiveContent}; short names
   * (/JS, /AA) are left to it too, as compressed data holds them by chance.
   */
  private static void refuseActiveNames(byte[] content) throws UploadRefused {
    for (Map.Entry<String, String> name : ACTIVE_NAMES.entrySet()) {
      byte[] bytes = name.getKey().getBytes(StandardCharsets.US_ASCII);
      for (int at = indexOf(content, bytes, 0); at >= 0; at = indexOf(content, bytes, at + 1)) {
        int after = at + bytes.length;
        if (after >= content.length || isDelimiter(content[after])) {
          throw new UploadRefused(name.getValue());
        }
      }
    }
  }

  private static PdfText pdfText(byte[] content) throws UploadRefused {
    try (PDDocument pdf = Loader.loadPDF(content)) {
      String active = PdfActiveContent.find(pdf);
      if (active != null) {
        throw new UploadRefused(active);
      }
      int pages = pdf.getNumberOfPages();
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      stripper.setEndPage(Math.min(pages, MAX_PDF_PAGES_READ));
      return new PdfText(stripper.getText(pdf), pages);
    } catch (InvalidPasswordException e) {
      throw new UploadRefused("files.upload.passwordProtected");
    } catch (UploadRefused e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      log.debug("PDF refused: {}", e.toString());
      throw new UploadRefused("files.upload.damaged");
    }
  }
}
