package org.safeports.platform.files;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.sl.extractor.SlideShowExtractor;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.extractor.XSSFExcelExtractor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The checks and the text of the formats that come in a ZIP container: Office Open XML (DOCX, XLSX,
 * PPTX) and OpenDocument text. The container is expanded in full under the limits before any
 * library parses it; no part may declare a DTD or fetch an outside file.
 */
final class ContainerInspection {

  private static final Logger log = LoggerFactory.getLogger(ContainerInspection.class);
  private static final String ODT_MIMETYPE = "application/vnd.oasis.opendocument.text";

  private final UploadLimits limits;

  ContainerInspection(UploadLimits limits) {
    this.limits = limits;
  }

  /** The checks of a container's parts, then its text. */
  String inspect(FileFormat format, byte[] content, Map<String, byte[]> parts)
      throws UploadRefused {
    refuseDoctypes(parts);
    refuseOutsideRelationships(parts);
    requireParts(format, parts);
    return officeText(format, content, parts);
  }

  static FileFormat containerFormat(Map<String, byte[]> parts) throws UploadRefused {
    if (parts.containsKey("mimetype")) {
      String mimetype = new String(parts.get("mimetype"), StandardCharsets.US_ASCII).strip();
      if (mimetype.equals(ODT_MIMETYPE) && parts.containsKey("content.xml")) {
        return FileFormat.ODT;
      }
      throw new UploadRefused("files.upload.unknownType");
    }
    if (!parts.containsKey("[Content_Types].xml")) {
      throw new UploadRefused("files.upload.unknownType");
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
    throw new UploadRefused("files.upload.unknownType");
  }

  /**
   * Every part of a ZIP container, expanded under the limits. Reading the whole stream (not
   * trusting the sizes the directory declares) is what catches a bomb.
   */
  Map<String, byte[]> expand(byte[] content) throws UploadRefused {
    Map<String, byte[]> parts = new HashMap<>();
    long total = 0;
    byte[] buffer = new byte[64 * 1024];
    Position compressedStream = new Position(content);
    try (ZipInputStream zip = new ZipInputStream(compressedStream)) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        if (parts.size() >= limits.maxArchiveEntries()) {
          throw new UploadRefused("files.upload.tooManyParts", limits.maxArchiveEntries());
        }
        String name = entry.getName();
        if (parts.containsKey(name) || name.startsWith("/") || name.contains("..")) {
          throw new UploadRefused("files.upload.damaged");
        }
        // The ratio is taken against the compressed bytes read so far, not the size in the part's
        // header: streaming writers leave that size unknown (-1) until after the data.
        int partStart = compressedStream.position();
        ByteArrayOutputStream part = new java.io.ByteArrayOutputStream();
        long partSize = 0;
        int read;
        while ((read = zip.read(buffer)) > 0) {
          partSize += read;
          total += read;
          if (total > limits.maxExpandedSize().toBytes()) {
            throw new UploadRefused("files.upload.expandsTooMuch");
          }
          long compressed = Math.max(compressedStream.position() - partStart, 1);
          if (partSize > 1024 * 1024 && partSize / compressed > limits.maxExpansionRatio()) {
            throw new UploadRefused("files.upload.expandsTooMuch");
          }
          part.write(buffer, 0, read);
        }
        parts.put(name, part.toByteArray());
      }
    } catch (ZipException e) {
      throw new UploadRefused("files.upload.damaged");
    } catch (IOException e) {
      throw new UploadRefused("files.upload.damaged");
    }
    if (parts.isEmpty()) {
      throw new UploadRefused("files.upload.damaged");
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
          throw new UploadRefused("files.upload.externalContent");
        }
      }
    }
  }

  private static boolean declaresDoctype(byte[] xml) {
    for (var charset : new Charset[] {StandardCharsets.UTF_8, StandardCharsets.UTF_16}) {
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
            FileInspector.secureXml()
                .createXMLStreamReader(new ByteArrayInputStream(part.getValue()));
        while (reader.hasNext()) {
          if (reader.next() == XMLStreamConstants.START_ELEMENT
              && reader.getLocalName().equals("Relationship")) {
            String mode = reader.getAttributeValue(null, "TargetMode");
            String type = String.valueOf(reader.getAttributeValue(null, "Type"));
            if ("External".equalsIgnoreCase(mode) && !type.endsWith("/hyperlink")) {
              throw new UploadRefused("files.upload.externalContent");
            }
          }
        }
      } catch (XMLStreamException e) {
        throw new UploadRefused("files.upload.damaged");
      }
    }
  }

  private static void requireParts(FileFormat format, Map<String, byte[]> parts)
      throws UploadRefused {
    if (format != FileFormat.ODT && !parts.containsKey("_rels/.rels")) {
      throw new UploadRefused("files.upload.damaged");
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
      throw new UploadRefused("files.upload.damaged");
    }
  }

  /** The text of an OpenDocument text: paragraphs and headings on their own lines. */
  private static String odtText(byte[] contentXml) throws UploadRefused {
    StringBuilder text = new StringBuilder();
    try (InputStream in = new ByteArrayInputStream(contentXml)) {
      XMLStreamReader reader = FileInspector.secureXml().createXMLStreamReader(in);
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
      throw new UploadRefused("files.upload.damaged");
    }
    return text.toString();
  }
}
