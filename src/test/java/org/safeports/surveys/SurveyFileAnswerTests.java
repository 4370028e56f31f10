package org.safeports.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.safeports.identity.TestAccounts;
import org.safeports.library.LibraryTestFiles;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

/**
 * File answers: the builder offers the kind; a delegate's file goes through the library's upload
 * rules and is the state's answer, served to the state's delegates and to editors and to no one
 * else (404); results and exports name it; every file of the upload corpus is refused next to its
 * field, with the other answers typed kept.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveyFileAnswerTests {

  static final String DEMO_PASSWORD = "harbour-demo-2026";
  static final byte[] PDF = LibraryTestFiles.pdf("Contingency plan", List.of("Evacuate the quay."));

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired TestSurveys surveys;
  @Autowired MessageSource messages;
  @Autowired JdbcClient jdbc;

  String editorEmail;
  long editorId;
  String peruEmail;
  String pfsoEmail;

  @BeforeAll
  void accounts() {
    editorEmail = TestAccounts.freshEmail("file-editor");
    editorId = accounts.create(editorEmail, PortalRole.EDITOR);
    peruEmail = TestAccounts.freshEmail("file-pe");
    accounts.create(peruEmail, PortalRole.DELEGATE);
    pfsoEmail = TestAccounts.freshEmail("file-pfso");
    accounts.create(pfsoEmail, PortalRole.PFSO);
  }

  static Questionnaire withFile(boolean required) {
    return new Questionnaire(
        List.of(
            new Questionnaire.Section(
                "s1",
                TestSurveys.en("Plans"),
                TestSurveys.en(""),
                null,
                List.of(
                    TestSurveys.question("note", QuestionKind.TEXT, "Your note", List.of()),
                    new Questionnaire.Question(
                        "plan",
                        QuestionKind.FILE,
                        required,
                        TestSurveys.en("Your national contingency plan"),
                        TestSurveys.en(""),
                        List.of(),
                        List.of(),
                        false,
                        null,
                        null,
                        null)))));
  }

  private PortalClient signedIn(String email, String password) {
    PortalClient client = new PortalClient(port);
    assertThat(client.signIn(email, password).isRedirectTo("/")).isTrue();
    return client;
  }

  private static String version(String page) {
    return page.replaceAll("(?s).*name=\"responseVersion\" value=\"(-?\\d+)\".*", "$1");
  }

  private static PortalClient.Response send(
      PortalClient client, String path, String intent, String note, String name, byte[] bytes) {
    String page = client.get(path).body();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("section", "0");
    fields.put("responseVersion", version(page));
    fields.put("intent", intent);
    fields.put("q-note", note);
    return client.upload(path, fields, "q-plan", name, "application/octet-stream", bytes);
  }

  private static String fileAddress(String page) {
    Matcher m = Pattern.compile("href=\"(/surveys/[^\"?]+/files/\\d+)[^\"]*\"").matcher(page);
    assertThat(m.find()).as("a link to the file given in %s", page).isTrue();
    return m.group(1);
  }

  @Test
  void theBuilderOffersAFileQuestion() {
    TestSurveys.Made draft = surveys.draft(SurveyAudience.STATES, "Files", editorId);
    PortalClient editor = signedIn(editorEmail, TestAccounts.PASSWORD);
    String form = editor.get("/admin/surveys/" + draft.id() + "/sections/s1/questions/new").body();
    assertThat(form).contains("value=\"FILE\"");
    PortalClient.Response saved =
        editor.post(
            "/admin/surveys/" + draft.id() + "/sections/s1/questions/new",
            "kind",
            "FILE",
            "text[en]",
            "Attach your national plan");
    assertThat(saved.status()).isEqualTo(302);
    assertThat(surveys.definition(draft.id(), 1)).contains("\"FILE\"", "Attach your national plan");
  }

  @Test
  void aStatesFileIsServedToItsDelegatesAndEditorsOnly() {
    TestSurveys.Made survey = surveys.survey(SurveyAudience.STATES, "OPEN", 1, withFile(false));
    String path = "/surveys/" + survey.slug();
    PortalClient peru = signedIn(peruEmail, TestAccounts.PASSWORD);
    assertThat(peru.get(path).body()).contains("enctype=\"multipart/form-data\"", "type=\"file\"");
    PortalClient.Response saved =
        send(peru, path, "SAVE", "Our plan", "plan de contingencia.pdf", PDF);
    assertThat(saved.isRedirectTo(path)).isTrue();
    String page = peru.get(path).body();
    assertThat(page).contains("File given:", "plan de contingencia.pdf");
    String file = HtmlUtils.htmlUnescape(fileAddress(page));

    PortalClient.Download own = peru.download(file);
    assertThat(own.status()).isEqualTo(200);
    assertThat(own.body()).isEqualTo(PDF);
    assertThat(own.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(own.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
    assertThat(own.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

    // Another delegate of Peru continues the state's answer and reads its file.
    assertThat(signedIn("delegate@demo.safeports.org", DEMO_PASSWORD).download(file).status())
        .isEqualTo(200);
    assertThat(signedIn(editorEmail, TestAccounts.PASSWORD).download(file).status()).isEqualTo(200);
    // Everyone else: not found, whatever they are.
    assertThat(signedIn("delegate.br@demo.safeports.org", DEMO_PASSWORD).download(file).status())
        .isEqualTo(404);
    assertThat(signedIn(pfsoEmail, TestAccounts.PASSWORD).download(file).status()).isEqualTo(404);
    assertThat(new PortalClient(port).download(file).status()).isEqualTo(404);
    // The file's id under another survey's address is not found either.
    TestSurveys.Made other = surveys.survey(SurveyAudience.STATES, "OPEN", 1, withFile(false));
    String elsewhere = file.replace(survey.slug(), other.slug());
    assertThat(peru.download(elsewhere).status()).isEqualTo(404);
    assertThat(signedIn(editorEmail, TestAccounts.PASSWORD).download(elsewhere).status())
        .isEqualTo(404);
  }

  @Test
  void aNewFileReplacesTheOneGivenAndResultsAndExportsNameIt() {
    TestSurveys.Made survey = surveys.survey(SurveyAudience.STATES, "OPEN", 1, withFile(true));
    String path = "/surveys/" + survey.slug();
    PortalClient peru = signedIn(peruEmail, TestAccounts.PASSWORD);
    send(peru, path, "SAVE", "First", "first.pdf", PDF);
    PortalClient.Response submitted = send(peru, path, "SUBMIT", "Second", "=second.pdf", PDF);
    assertThat(submitted.isRedirectTo(path)).isTrue();
    String page = peru.get(path).body();
    assertThat(page).contains("These answers have been submitted");

    PortalClient editor = signedIn(editorEmail, TestAccounts.PASSWORD);
    String results = editor.get("/admin/surveys/" + survey.id() + "/results").body();
    assertThat(results).contains("=second.pdf").doesNotContain("first.pdf");
    String csv =
        new String(
            editor.download("/admin/surveys/" + survey.id() + "/results.csv").body(),
            StandardCharsets.UTF_8);
    assertThat(csv).contains("'=second.pdf").doesNotContain("first.pdf");
    assertThat(peru.get(path + "/copy").body()).contains("=second.pdf");
  }

  @Test
  void aFileNameWithMarkupIsShownAsText() {
    TestSurveys.Made survey = surveys.survey(SurveyAudience.STATES, "OPEN", 1, withFile(false));
    String path = "/surveys/" + survey.slug();
    PortalClient peru = signedIn(peruEmail, TestAccounts.PASSWORD);
    send(peru, path, "SAVE", "x", "<img src=x onerror=alert(1)>\"'.pdf", PDF);
    String page = peru.get(path).body();
    assertThat(page).contains("File given:").doesNotContain("<img src=x", "onerror=alert(1)>");
    PortalClient editor = signedIn(editorEmail, TestAccounts.PASSWORD);
    assertThat(editor.get("/admin/surveys/" + survey.id() + "/results").body())
        .doesNotContain("<img src=x");
  }

  @Test
  void aRequiredFileQuestionIsNotSubmittedWithoutAFile() {
    TestSurveys.Made survey = surveys.survey(SurveyAudience.STATES, "OPEN", 1, withFile(true));
    String path = "/surveys/" + survey.slug();
    PortalClient peru = signedIn(peruEmail, TestAccounts.PASSWORD);
    PortalClient.Response again = send(peru, path, "SUBMIT", "No file yet", "", new byte[0]);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.body())
        .contains(messages.getMessage("surveys.answer.required", null, Locale.ENGLISH))
        .contains("No file yet")
        .doesNotContain("These answers have been submitted");
  }

  /** The upload corpus through the answer page: each refused next to its field, text kept. */
  @Test
  void theUploadCorpusIsRefusedNextToTheFieldWithTheTextTypedKept() throws IOException {
    Map<String, byte[]> corpus = new LinkedHashMap<>();
    corpus.put(
        "report.pdf",
        "<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.UTF_8));
    corpus.put("setup.pdf", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0});
    corpus.put("notes.txt", "plain words".getBytes(StandardCharsets.UTF_8));
    corpus.put("empty.pdf", new byte[0]);
    corpus.put("plan.docx", PDF);
    corpus.put(
        "polyglot.pdf",
        concat(
            PDF, "<html><script>alert(1)</script></html>\n".getBytes(StandardCharsets.US_ASCII)));
    corpus.put("hidden.pdf", concat(PDF, zip(Map.of("evil.html", "<script>x</script>"))));
    corpus.put("script.pdf", withOpenScript(PDF));
    corpus.put("archive.docx", zip(Map.of("readme.txt", "hello")));
    corpus.put("half.pdf", java.util.Arrays.copyOf(PDF, PDF.length / 3));
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("report.pdf", "files.upload.unknownType");
    expected.put("setup.pdf", "files.upload.unknownType");
    expected.put("notes.txt", "files.upload.unknownType");
    expected.put("empty.pdf", "files.upload.empty");
    expected.put("plan.docx", "files.upload.nameMismatch");
    expected.put("polyglot.pdf", "files.upload.polyglot");
    expected.put("hidden.pdf", "files.upload.polyglot");
    expected.put("script.pdf", "files.upload.activeContent");
    expected.put("archive.docx", "files.upload.unknownType");
    expected.put("half.pdf", "files.upload.damaged");

    TestSurveys.Made survey = surveys.survey(SurveyAudience.STATES, "OPEN", 1, withFile(false));
    String path = "/surveys/" + survey.slug();
    PortalClient peru = signedIn(peruEmail, TestAccounts.PASSWORD);
    for (Map.Entry<String, byte[]> file : corpus.entrySet()) {
      String typed = "Kept <b>" + file.getKey() + "</b>";
      PortalClient.Response page = send(peru, path, "SAVE", typed, file.getKey(), file.getValue());
      assertThat(page.status()).as(file.getKey()).isEqualTo(200);
      String key = expected.get(file.getKey());
      Object[] arguments = key.endsWith("nameMismatch") ? new Object[] {"docx", "PDF"} : null;
      String why = HtmlUtils.htmlEscape(messages.getMessage(key, arguments, Locale.ENGLISH));
      assertThat(page.body())
          .as(file.getKey())
          .contains("id=\"q-plan-error\"")
          .contains(why)
          .contains(HtmlUtils.htmlEscape(typed))
          .doesNotContain("File given:");
    }
    assertThat(
            jdbc.sql(
                    "select count(*) from survey_answer_file f join survey_response r"
                        + " on r.id = f.response_id where r.survey_id = ?")
                .param(survey.id())
                .query(Long.class)
                .single())
        .isZero();
  }

  private static byte[] withOpenScript(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf);
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert(1);"));
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  private static byte[] zip(Map<String, String> parts) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, String> part : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
