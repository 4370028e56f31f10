package org.safeports.membership;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.safeports.platform.DemoMode;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's associate members: BASC's application, approved after a short exchange, which makes
 * the demo associate account (Carlos Méndez) the contact it already is by role; and a university's
 * application waiting in the queue for a few days. Written once; a restart finds them and adds
 * nothing.
 */
@Component
class DemoAssociates {

  static final String BASC_EMAIL = "associate@demo.safeports.org";
  static final String UNIVERSITY_EMAIL = "v.rojas@example.org";

  private final AssociateApplications applications;
  private final AssociateOrganisations organisations;
  private final MemberAccounts accounts;
  private final DemoMode demoMode;
  private final Clock clock;

  DemoAssociates(
      AssociateApplications applications,
      AssociateOrganisations organisations,
      MemberAccounts accounts,
      DemoMode demoMode,
      Clock clock) {
    this.applications = applications;
    this.organisations = organisations;
    this.accounts = accounts;
    this.demoMode = demoMode;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(30)
  @Transactional
  public void load() {
    if (!demoMode.isEnabled()) {
      return;
    }
    Instant now = clock.instant();
    if (applications.forEmailSince(BASC_EMAIL, Instant.EPOCH) == 0) {
      accounts.byEmail(BASC_EMAIL).ifPresent(account -> basc(account, now));
    }
    if (applications.forEmailSince(UNIVERSITY_EMAIL, Instant.EPOCH) == 0) {
      long id =
          applications.insert(
              new AssociateApplications.New(
                  null,
                  null,
                  "Universidad Marítima del Pacífico Sur",
                  AssociateKind.UNIVERSITY,
                  "CL",
                  "https://umps.example.org",
                  "Valentina Rojas",
                  "Directora del Centro de Estudios Portuarios",
                  UNIVERSITY_EMAIL,
                  "Our port studies centre trains port facility security officers for the ports of"
                      + " Valparaíso and San Antonio. We would like to share our course material on"
                      + " the ISPS Code and learn from the contingency plans of other member states.",
                  List.of(
                      AssociateArea.CONTINGENCY_PLANNING,
                      AssociateArea.STANDARDS,
                      AssociateArea.PFSO_EXCHANGE),
                  "en",
                  ApplicationState.QUEUED,
                  null,
                  AssociateTokens.fresh(),
                  null),
              now.minus(Duration.ofDays(4)).minus(Duration.ofHours(2)));
      applications.confirmed(id, now.minus(Duration.ofDays(4)));
    }
  }

  private void basc(MemberAccount account, Instant now) {
    Instant applied = now.minus(Duration.ofDays(40));
    long id =
        applications.insert(
            new AssociateApplications.New(
                null,
                null,
                "BASC",
                AssociateKind.BUSINESS_ALLIANCE,
                "CR",
                "https://www.wbasco.org",
                account.displayName(),
                "Gerente de seguridad de la cadena de suministro",
                account.email(),
                "BASC promueve el comercio seguro en las Américas junto con aduanas y autoridades"
                    + " portuarias. Queremos aportar nuestra experiencia en seguridad de la cadena de"
                    + " suministro a los debates del GTC.",
                List.of(AssociateArea.STANDARDS, AssociateArea.COOPERATION),
                "es",
                ApplicationState.QUEUED,
                null,
                AssociateTokens.fresh(),
                null),
            applied);
    applications.addMessage(
        id,
        true,
        "TAG Secretariat",
        "Gracias por su solicitud. ¿Podría indicarnos con qué autoridades portuarias de Costa Rica"
            + " trabaja BASC hoy?",
        applied.plus(Duration.ofDays(2)));
    applications.addMessage(
        id,
        false,
        account.displayName(),
        "Trabajamos con JAPDEVA en Limón y Moín y con el INCOP en Caldera, en auditorías de"
            + " seguridad de la cadena de suministro.",
        applied.plus(Duration.ofDays(3)));
    Instant decided = applied.plus(Duration.ofDays(5));
    long organisation =
        organisations.ensure(
            "BASC", AssociateKind.BUSINESS_ALLIANCE, "CR", "https://www.wbasco.org", decided);
    organisations.addContact(
        organisation,
        account.id(),
        id,
        account.displayName(),
        "Gerente de seguridad de la cadena de suministro",
        account.email(),
        decided);
    applications.decided(
        id, ApplicationState.APPROVED, "TAG Secretariat", null, account.id(), decided);
  }
}
