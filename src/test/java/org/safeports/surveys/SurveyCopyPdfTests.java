package org.safeports.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.safeports.identity.TestAccounts;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.PortalClient;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The PDF copy of one's answers: the same questions and answers as the printable page, accents of
 * Spanish, Portuguese and French intact, in the reader's language; only for those who may read the
 * answers.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveyCopyPdfTests {

  static final String DEMO_PASSWORD = "harbour-demo-2026";
  static final String ACCENTS =
      "Señalización, acción, coração, São Tomé, œuvre, à l’été, ¿sí? «là»";

  @LocalServerPort int port;
  @Autowired TestAccounts accounts;
  @Autowired TestSurveys surveys;

  String peruEmail;
  long peruId;

  @BeforeAll
  void accounts() {
    peruEmail = TestAccounts.freshEmail("pdf-pe");
    peruId = accounts.create(peruEmail, PortalRole.DELEGATE);
  }

  private PortalClient signedIn(String email, String password) {
    PortalClient client = new PortalClient(port);
    assertThat(client.signIn(email, password).isRedirectTo("/")).isTrue();
    return client;
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  private TestSurveys.Made answered(String text) {
    TestSurveys.Made survey =
        surveys.survey(
            SurveyAudience.STATES,
            "OPEN",
            1,
            TestSurveys.sample("Do you apply ISO 28000?", "Why?"));
    surveys.response(
        survey,
        peruId,
        "PE",
        "DRAFT",
        new Answers(
            Map.of(
                "iso", Answer.ofChoices(List.of("yes"), null),
                "why", Answer.ofText(text))));
    return survey;
  }

  @Test
  void theCopyIsAPdfWithTheAnswersAndTheirAccents() throws IOException {
    TestSurveys.Made survey = answered(ACCENTS + " " + "long ".repeat(2500) + "end of answer");
    PortalClient peru = signedIn(peruEmail, TestAccounts.PASSWORD);
    String page = peru.get("/surveys/" + survey.slug() + "/copy").body();
    assertThat(page).contains("/surveys/" + survey.slug() + "/copy.pdf");
    PortalClient.Download pdf = peru.download("/surveys/" + survey.slug() + "/copy.pdf");
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(pdf.headers().firstValue("Content-Disposition").orElse(""))
        .startsWith("attachment")
        .contains(survey.slug() + ".pdf");
    String text = text(pdf.body());
    assertThat(text)
        .contains("Do you apply ISO 28000?", "Yes", "Why?", "Peru", "end of answer")
        .contains(
            "Señalización", "acción", "coração", "São Tomé", "œuvre", "l’été", "¿sí?", "«là»");
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      assertThat(document.getNumberOfPages()).as("a long answer runs on").isGreaterThan(1);
    }
  }

  @Test
  void theCopyIsInTheReadersLanguageAndAnUnprintableCharacterDoesNotBreakIt() throws IOException {
    TestSurveys.Made survey = answered("Grúas 起重机 ✓ listas");
    PortalClient peru = signedIn(peruEmail, TestAccounts.PASSWORD).language("es");
    PortalClient.Download pdf = peru.download("/surveys/" + survey.slug() + "/copy.pdf");
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(text(pdf.body())).contains("Grúas", "listas", "borrador");
  }

  @Test
  void onlyThoseWhoMayReadTheAnswersGetTheCopy() {
    TestSurveys.Made survey = answered("Peru's own words");
    String path = "/surveys/" + survey.slug() + "/copy.pdf";
    assertThat(signedIn("delegate@demo.safeports.org", DEMO_PASSWORD).download(path).status())
        .isEqualTo(200);
    PortalClient brazil = signedIn("delegate.br@demo.safeports.org", DEMO_PASSWORD);
    assertThat(brazil.download(path).status()).isEqualTo(404);
    assertThat(new PortalClient(port).download(path).status()).isIn(302, 303);
    assertThat(
            signedIn(peruEmail, TestAccounts.PASSWORD)
                .download("/surveys/no-such-survey/copy.pdf")
                .status())
        .isEqualTo(404);
  }
}
