package org.safeports.library;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.sl.extractor.SlideShowExtractor;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.extractor.XSSFExcelExtractor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Decides what an uploaded file is from its bytes, refuses what the library does not take, and
 * extracts the text of what it does.
 *
 * <p>Checks, in order: not empty, not over the size limit; a PDF by its header, an Office Open XML
 * or OpenDocument file by the parts inside its ZIP container (never by its name); the name's
 * extension, when it has one, matches; a ZIP container is expanded in full, with limits on parts,
 * expanded size and expansion ratio, before any library parses it; no XML part declares a DTD
 * (which is how external entities get in); no relationship fetches an outside file (remote
 * templates, frames, objects; hyperlinks are fine); a PDF carries no second format inside it and
 * nothing after its end; a PDF holds no script, action that runs or opens something, or embedded
 * file ({@link PdfActiveContent}); and the file opens and yields its text. Office formats are read
 * with Apache POI, PDFs with PDFBox, OpenDocument's content.xml with a StAX reader that supports no
 * DTD and no external entity.
 */
@Component
class FileInspector {

  private static final Logger log = LoggerFactory.getLogger(FileInspector.class);
  private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
  private static final byte[] ZIP_END = {'P', 'K', 5, 6};
  private static final byte[] PDF_END = "%%EOF".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] XREF = "xref".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] OBJ = "obj".getBytes(StandardCharsets.US_ASCII);

  /** Names of active content as they look when written plainly, with the refusal each means. */
  private static final Map<String, String> ACTIVE_NAMES =
      Map.of(
          "/JavaScript", PdfActiveContent.ACTIVE,
          "/Launch", PdfActiveContent.ACTIVE,
          "/RichMedia", PdfActiveContent.ACTIVE,
          "/XFA", PdfActiveContent.ACTIVE,
          "/EmbeddedFile", PdfActiveContent.EMBEDDED,
          "/EmbeddedFiles", PdfActiveContent.EMBEDDED);

  private static final String ODT_MIMETYPE = "application/vnd.oasis.opendocument.text";
  private static final int MAX_PDF_PAGES_READ = 2000;

  private final LibraryProperties limits;

  FileInspector(LibraryProperties limits) {
    this.limits = limits;
  }

  InspectedFile inspect(String originalName, byte[] content) throws UploadRefused {
    if (content == null || content.length == 0) {
      throw new UploadRefused("library.upload.empty");
    }
    if (content.length > limits.maxFileSize().toBytes()) {
      throw new UploadRefused("library.upload.tooLarge", limits.maxFileSize().toMegabytes());
    }
    Map<String, byte[]> parts = Map.of();
    FileFormat format;
    if (startsWith(content, PDF_MAGIC)) {
      format = FileFormat.PDF;
    } else if (startsWith(content, ZIP_MAGIC)) {
      parts = expand(content);
      format = containerFormat(parts);
    } else {
      throw new UploadRefused("library.upload.unknownType");
    }
    String extension = FileNames.extensionOf(originalName);
    if (!extension.isEmpty() && !extension.equals(format.extension())) {
      throw new UploadRefused("library.upload.nameMismatch", extension, format.label());
    }
    String text;
    Integer pages = null;
    if (format == FileFormat.PDF) {
      refuseSecondFormatInPdf(content);
      refuseDataAfterTheEnd(content);
      refuseActiveNames(content);
      PdfText pdf = pdfText(content);
      text = pdf.text();
      pages = pdf.pages();
    } else {
      refuseDoctypes(parts);
      refuseOutsideRelationships(parts);
      requireParts(format, parts);
      text = officeText(format, content, parts);
    }
    return new InspectedFile(
        content, format, FileNames.clean(originalName, format), trim(text), pages, sha256(content));
  }

  private static FileFormat containerFormat(Map<String, byte[]> parts) throws UploadRefused {
    if (parts.containsKey("mimetype")) {
      String mimetype = new String(parts.get("mimetype"), StandardCharsets.US_ASCII).strip();
      if (mimetype.equals(ODT_MIMETYPE) && parts.containsKey("content.xml")) {
        return FileFormat.ODT;
      }
      throw new UploadRefused("library.upload.unknownType");
    }
    if (!parts.containsKey("[Content_Types].xml")) {
      throw new UploadRefused("library.upload.unknownType");
    }
    if (parts.containsKey("word/document.xml")) {
      return FileFormat.DOCX;
    }
    if (parts.containsKey("xl/workbook.xml")) {
      return FileFormat.XLSX;
    }
    if (parts.containsKey("ppt/presentation.xml")) {
      return FileFormat.PPTX;
    }
    throw new UploadRefused("library.upload.unknownType");
  }

  /**
   * Every part of a ZIP container, expanded under the limits. Reading the whole stream (not
   * trusting the sizes the directory declares) is what catches a bomb.
   */
  private Map<String, byte[]> expand(byte[] content) throws UploadRefused {
    Map<String, byte[]> parts = new HashMap<>();
    long total = 0;
    byte[] buffer = new byte[64 * 1024];
    Position compressedStream = new Position(content);
    try (ZipInputStream zip = new ZipInputStream(compressedStream)) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        if (parts.size() >= limits.maxArchiveEntries()) {
          throw new UploadRefused("library.upload.tooManyParts", limits.maxArchiveEntries());
        }
        String name = entry.getName();
        if (parts.containsKey(name) || name.startsWith("/") || name.contains("..")) {
          throw new UploadRefused("library.upload.damaged");
        }
        // The ratio is taken against the compressed bytes read so far, not the size in the part's
        // header: streaming writers leave that size unknown (-1) until after the data.
        int partStart = compressedStream.position();
        java.io.ByteArrayOutputStream part = new java.io.ByteArrayOutputStream();
        long partSize = 0;
        int read;
        while ((read = zip.read(buffer)) > 0) {
          partSize += read;
          total += read;
          if (total > limits.maxExpandedSize().toBytes()) {
            throw new UploadRefused("library.upload.expandsTooMuch");
          }
          long compressed = Math.max(compressedStream.position() - partStart, 1);
          if (partSize > 1024 * 1024 && partSize / compressed > limits.maxExpansionRatio()) {
            throw new UploadRefused("library.upload.expandsTooMuch");
          }
          part.write(buffer, 0, read);
        }
        parts.put(name, part.toByteArray());
      }
    } catch (ZipException e) {
      throw new UploadRefused("library.upload.damaged");
    } catch (IOException e) {
      throw new UploadRefused("library.upload.damaged");
    }
    if (parts.isEmpty()) {
      throw new UploadRefused("library.upload.damaged");
    }
    return parts;
  }

  /** The container's bytes, telling how far the ZIP reader has consumed them. */
  private static final class Position extends ByteArrayInputStream {
    Position(byte[] content) {
      super(content);
    }

    int position() {
      return pos;
    }
  }

  private static void refuseDoctypes(Map<String, byte[]> parts) throws UploadRefused {
    for (Map.Entry<String, byte[]> part : parts.entrySet()) {
      String name = part.getKey().toLowerCase(Locale.ROOT);
      if (name.endsWith(".xml") || name.endsWith(".rels")) {
        if (declaresDoctype(part.getValue())) {
          throw new UploadRefused("library.upload.externalContent");
        }
      }
    }
  }

  private static boolean declaresDoctype(byte[] xml) {
    for (var charset :
        new java.nio.charset.Charset[] {StandardCharsets.UTF_8, StandardCharsets.UTF_16}) {
      String head =
          new String(xml, 0, Math.min(xml.length, 64 * 1024), charset).toUpperCase(Locale.ROOT);
      if (head.contains("<!DOCTYPE") || head.contains("<!ENTITY")) {
        return true;
      }
    }
    return false;
  }

  /** A relationship with TargetMode="External" other than a hyperlink makes Office fetch it. */
  private static void refuseOutsideRelationships(Map<String, byte[]> parts) throws UploadRefused {
    for (Map.Entry<String, byte[]> part : parts.entrySet()) {
      if (!part.getKey().endsWith(".rels")) {
        continue;
      }
      try {
        XMLStreamReader reader =
            secureXml().createXMLStreamReader(new ByteArrayInputStream(part.getValue()));
        while (reader.hasNext()) {
          if (reader.next() == XMLStreamConstants.START_ELEMENT
              && reader.getLocalName().equals("Relationship")) {
            String mode = reader.getAttributeValue(null, "TargetMode");
            String type = String.valueOf(reader.getAttributeValue(null, "Type"));
            if ("External".equalsIgnoreCase(mode) && !type.endsWith("/hyperlink")) {
              throw new UploadRefused("library.upload.externalContent");
            }
          }
        }
      } catch (XMLStreamException e) {
        throw new UploadRefused("library.upload.damaged");
      }
    }
  }

  private static void requireParts(FileFormat format, Map<String, byte[]> parts)
      throws UploadRefused {
    if (format != FileFormat.ODT && !parts.containsKey("_rels/.rels")) {
      throw new UploadRefused("library.upload.damaged");
    }
  }

  /** A PDF that is also a ZIP (or carries one at its end) is two files at once: refused. */
  private static void refuseSecondFormatInPdf(byte[] content) throws UploadRefused {
    int from = Math.max(0, content.length - 70 * 1024);
    if (indexOf(content, ZIP_END, from) >= 0) {
      throw new UploadRefused("library.upload.polyglot");
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
      throw new UploadRefused("library.upload.damaged");
    }
    if (skipPadding(content, last + PDF_END.length) < content.length) {
      throw new UploadRefused("library.upload.polyglot");
    }
    for (int at = indexOf(content, PDF_END, 0); at >= 0 && at < last; ) {
      int after = at + PDF_END.length;
      boolean endsALine =
          (at == 0 || content[at - 1] == '\n' || content[at - 1] == '\r')
              && (after >= content.length || isWhitespace(content[after]));
      if (endsALine && !startsARevision(content, skipPadding(content, after))) {
        throw new UploadRefused("library.upload.polyglot");
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

  private record PdfText(String text, int pages) {}

  private PdfText pdfText(byte[] content) throws UploadRefused {
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
      throw new UploadRefused("library.upload.passwordProtected");
    } catch (UploadRefused e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      log.debug("PDF refused: {}", e.toString());
      throw new UploadRefused("library.upload.damaged");
    }
  }

  private String officeText(FileFormat format, byte[] content, Map<String, byte[]> parts)
      throws UploadRefused {
    try {
      return switch (format) {
        case DOCX -> {
          try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content));
              XWPFWordExtractor extractor = new XWPFWordExtractor(new XWPFDocument(pkg))) {
            yield extractor.getText();
          }
        }
        case XLSX -> {
          try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content));
              XSSFExcelExtractor extractor = new XSSFExcelExtractor(new XSSFWorkbook(pkg))) {
            extractor.setFormulasNotResults(false);
            extractor.setIncludeSheetNames(true);
            yield extractor.getText();
          }
        }
        case PPTX -> {
          try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content));
              var extractor = new SlideShowExtractor<>(new XMLSlideShow(pkg))) {
            extractor.setNotesByDefault(true);
            yield extractor.getText();
          }
        }
        case ODT -> odtText(parts.get("content.xml"));
        case PDF -> throw new IllegalStateException("not an Office format");
      };
    } catch (UploadRefused e) {
      throw e;
    } catch (Exception | StackOverflowError e) {
      log.debug("{} refused: {}", format, e.toString());
      throw new UploadRefused("library.upload.damaged");
    }
  }

  /** The text of an OpenDocument text: paragraphs and headings on their own lines. */
  private static String odtText(byte[] contentXml) throws UploadRefused {
    StringBuilder text = new StringBuilder();
    try (InputStream in = new ByteArrayInputStream(contentXml)) {
      XMLStreamReader reader = secureXml().createXMLStreamReader(in);
      boolean inBody = false;
      while (reader.hasNext()) {
        int event = reader.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String name = reader.getLocalName();
          if (name.equals("body")) {
            inBody = true;
          } else if (name.equals("s") || name.equals("tab")) {
            text.append(' ');
          } else if (name.equals("line-break")) {
            text.append('\n');
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          String name = reader.getLocalName();
          if (name.equals("p") || name.equals("h")) {
            text.append('\n');
          }
        } else if (inBody
            && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
          text.append(reader.getText());
        }
      }
    } catch (XMLStreamException | IOException e) {
      throw new UploadRefused("library.upload.damaged");
    }
    return text.toString();
  }

  static XMLInputFactory secureXml() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    return factory;
  }

  private String trim(String text) {
    String cleaned =
        text == null
            ? ""
            : text.replace('\u0000', ' ')
                .replaceAll("[\\t\\x0B\\f\\r ]+", " ")
                .replaceAll("\\n\\s*\\n+", "\n\n")
                .strip();
    if (cleaned.length() > limits.maxExtractedCharacters()) {
      cleaned = cleaned.substring(0, limits.maxExtractedCharacters());
    }
    return cleaned;
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (content[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWithAt(byte[] content, byte[] prefix, int at) {
    if (at < 0 || content.length - at < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (content[at + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int lastIndexOf(byte[] content, byte[] needle) {
    for (int i = content.length - needle.length; i >= 0; i--) {
      if (startsWithAt(content, needle, i)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isWhitespace(byte b) {
    return b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == '\f' || b == 0;
  }

  private static boolean isDelimiter(byte b) {
    return isWhitespace(b)
        || b == '/'
        || b == '<'
        || b == '>'
        || b == '['
        || b == ']'
        || b == '('
        || b == ')'
        || b == '%';
  }

  /** Whitespace, NUL padding and a DOS end-of-file mark (Ctrl-Z). */
  private static int skipPadding(byte[] content, int from) {
    int i = from;
    while (i < content.length && (isWhitespace(content[i]) || content[i] == 0x1A)) {
      i++;
    }
    return i;
  }

  private static int skipWhitespace(byte[] content, int from) {
    int i = from;
    while (i < content.length && isWhitespace(content[i])) {
      i++;
    }
    return i;
  }

  private static int skipDigits(byte[] content, int from) {
    int i = from;
    while (i < content.length && content[i] >= '0' && content[i] <= '9') {
      i++;
    }
    return i;
  }

  private static int indexOf(byte[] content, byte[] needle, int from) {
    outer:
    for (int i = from; i <= content.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (content[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
