package org.safeports.membership;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.safeports.platform.DemoMode;
import org.safeports.platform.files.FileInspector;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo PFSO verifications: the demo PFSO (Santos, Brazil) verified and in force, a fictitious PFSO
 * in Panama whose verification ends next month, and a request from a fictitious officer at Callao
 * waiting for Peru's delegate, with a generated letter of appointment. Each is made once: an
 * account that has requests already is left alone.
 */
@Component
class DemoPfsos {

  private final DemoMode demoMode;
  private final MemberAccounts accounts;
  private final PfsoRequests requests;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  DemoPfsos(
      DemoMode demoMode,
      MemberAccounts accounts,
      PfsoRequests requests,
      ApplicationEventPublisher events,
      Clock clock) {
    this.demoMode = demoMode;
    this.accounts = accounts;
    this.requests = requests;
    this.events = events;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(40)
  @Transactional
  public void load() {
    if (!demoMode.isEnabled()) {
      return;
    }
    LocalDate today = LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
    accounts
        .byEmail("pfso@demo.safeports.org")
        .ifPresent(
            pfso ->
                approved(
                    pfso,
                    new PfsoForm(
                        "BR",
                        "Santos",
                        "Terminal de Contêineres",
                        "BRSSZ-0001",
                        "Supervisor de segurança portuária",
                        "Terminal de Contêineres de Santos S.A.",
                        null),
                    today.minusMonths(4).plusYears(1)));
    var expiring =
        accounts.ensure(
            new MemberAccounts.NewMember(
                "r.quintero@pfso.demo.safeports.org",
                "Rosa Quintero",
                "Terminal Multimodal de Balboa",
                "PA",
                "es"));
    approved(
        expiring.account(),
        new PfsoForm(
            "PA",
            "Balboa",
            "Terminal Multimodal de Balboa",
            "PABLB-0003",
            "Oficial de protección de la instalación portuaria",
            "Terminal Multimodal de Balboa S.A.",
            null),
        today.plusDays(20));
    var callao =
        accounts.ensure(
            new MemberAccounts.NewMember(
                "m.huaman@pfso.demo.safeports.org",
                "Miguel Huamán",
                "Muelle Norte del Callao",
                "PE",
                "es"));
    if (requests.ofAccount(callao.account().id()).isEmpty()) {
      PfsoForm form =
          new PfsoForm(
              "PE",
              "Callao",
              "Terminal Muelle Norte",
              "PECLL-0002",
              "Oficial de protección de la instalación portuaria",
              "Terminales Portuarios del Callao S.A.",
              null);
      Instant asked = clock.instant().minus(2, ChronoUnit.DAYS);
      long id = requests.insert(callao.account().id(), form, "es", null, asked);
      requests.storeDocument(id, letter(form, "Miguel Huamán"), asked);
    }
  }

  private void approved(MemberAccount person, PfsoForm form, LocalDate until) {
    if (!requests.ofAccount(person.id()).isEmpty()) {
      return;
    }
    Instant asked = until.minusYears(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    long id = requests.insert(person.id(), form, person.language(), null, asked);
    requests.storeDocument(id, letter(form, person.displayName()), asked);
    Instant decided = asked.plus(1, ChronoUnit.DAYS);
    long decider =
        accounts.secretariat().stream()
            .mapToLong(MemberAccount::id)
            .findFirst()
            .orElse(person.id());
    requests.approve(id, decider, decided, until, decided.plus(365, ChronoUnit.DAYS));
    events.publishEvent(
        new PfsoVerified(
            person.id(),
            id,
            person.email(),
            person.language(),
            form.country(),
            form.facility() + ", " + form.port(),
            until));
  }

  /** A one-page letter of appointment, as an employer would write it. */
  static PfsoDocuments.Document letter(PfsoForm form, String name) {
    List<String> lines =
        List.of(
            form.employer(),
            "",
            "Carta de designacion / Letter of appointment",
            "",
            "Por la presente se designa a " + name + " como " + form.position(),
            "de la instalacion portuaria " + form.facility() + ", puerto de " + form.port() + ",",
            "conforme al Codigo PBIP (ISPS), parte A, seccion 17.",
            "",
            "Numero OMI de la instalacion: " + form.imoNumber());
    try (PDDocument pdf = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      pdf.addPage(page);
      try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
        text.beginText();
        text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
        text.setLeading(16);
        text.newLineAtOffset(60, 720);
        for (String line : lines) {
          text.showText(line);
          text.newLine();
        }
        text.endText();
      }
      pdf.save(out);
      byte[] bytes = out.toByteArray();
      return new PfsoDocuments.Document(
          "carta-designacion.pdf", "application/pdf", bytes, FileInspector.sha256(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
