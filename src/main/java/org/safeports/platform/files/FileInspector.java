package org.safeports.platform.files;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import org.springframework.stereotype.Component;

/**
 * Decides what an uploaded file is from its bytes, refuses what no module takes, and extracts the
 * text of what it does.
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
 * DTD and no external entity. The checks of each family of formats are {@link PdfInspection}'s and
 * {@link ContainerInspection}'s.
 */
@Component
public class FileInspector {

  private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

  private final UploadLimits limits;
  private final ContainerInspection containers;

  public FileInspector(UploadLimits limits) {
    this.limits = limits;
    this.containers = new ContainerInspection(limits);
  }

  public InspectedFile inspect(String originalName, byte[] content) throws UploadRefused {
    if (content == null || content.length == 0) {
      throw new UploadRefused("files.upload.empty");
    }
    if (content.length > limits.maxFileSize().toBytes()) {
      throw new UploadRefused("files.upload.tooLarge", limits.maxFileSize().toMegabytes());
    }
    Map<String, byte[]> parts = Map.of();
    FileFormat format;
    if (ByteScan.startsWith(content, PDF_MAGIC)) {
      format = FileFormat.PDF;
    } else if (ByteScan.startsWith(content, ZIP_MAGIC)) {
      parts = containers.expand(content);
      format = ContainerInspection.containerFormat(parts);
    } else {
      throw new UploadRefused("files.upload.unknownType");
    }
    String extension = FileNames.extensionOf(originalName);
    if (!extension.isEmpty() && !extension.equals(format.extension())) {
      throw new UploadRefused("files.upload.nameMismatch", extension, format.label());
    }
    String text;
    Integer pages = null;
    if (format == FileFormat.PDF) {
      PdfInspection.PdfText pdf = PdfInspection.inspect(content);
      text = pdf.text();
      pages = pdf.pages();
    } else {
      text = containers.inspect(format, content, parts);
    }
    return new InspectedFile(
        content, format, FileNames.clean(originalName, format), trim(text), pages, sha256(content));
  }

  public static XMLInputFactory secureXml() {
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

  public static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
