package org.safeports.membership;

import java.util.List;
import java.util.Map;
import org.safeports.platform.DemoMode;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's delegates: the two demo accounts that sign in as delegates (Peru, Brazil) and one or
 * two fictitious delegates for each of the 2010 TAG members, without a usable password; and one
 * invitation waiting for an answer. Added only where missing, so a restart changes nothing.
 */
@Component
class DemoDelegates {

  private record Demo(String email, String name, String organisation, String position) {}

  /** Fictitious people; the addresses are the demo's own domain. */
  private static final Map<String, List<Demo>> DELEGATES =
      Map.ofEntries(
          Map.entry(
              "PE",
              List.of(
                  new Demo(
                      "delegate@demo.safeports.org",
                      "Lucía Fernández",
                      "Autoridad Portuaria Nacional",
                      "Directora de Protección y Seguridad"),
                  new Demo(
                      "delegado.pe@demo.safeports.org",
                      "Jorge Quispe Salas",
                      "Autoridad Portuaria Nacional",
                      "Especialista en protección portuaria"))),
          Map.entry(
              "BR",
              List.of(
                  new Demo(
                      "delegate.br@demo.safeports.org",
                      "Beatriz Nogueira",
                      "Secretaria Nacional de Portos",
                      "Coordenadora de Segurança Portuária"))),
          demo(
              "AR", "Martín Echeverría", "Administración General de Puertos", "Jefe de Protección"),
          demo("BB", "Andrea Griffith", "Barbados Port Inc.", "Port Facility Security Manager"),
          demo("CR", "Daniela Solano Vargas", "INCOP", "Coordinadora de Protección Portuaria"),
          demo(
              "DO",
              "Ramón Peña Batista",
              "Autoridad Portuaria Dominicana",
              "Director de Seguridad"),
          demo("EC", "Gabriela Andrade Mora", "Subsecretaría de Puertos", "Analista de Protección"),
          demo("GT", "Luis Fernando Pop", "Comisión Portuaria Nacional", "Asesor de Protección"),
          demo("JM", "Marcia Campbell", "Port Authority of Jamaica", "Security Manager"),
          demo("MX", "Alejandro Ruiz Ortega", "Coordinación General de Puertos", "Subdirector"),
          demo("NI", "Rosa Elena Tórrez", "Empresa Portuaria Nacional", "Oficial de Protección"),
          demo("PA", "Ricardo Him González", "Autoridad Marítima de Panamá", "Director de Puertos"),
          demo(
              "UY",
              "Florencia Píriz",
              "Administración Nacional de Puertos",
              "Gerente de Seguridad"),
          demo(
              "VE",
              "Carlos Aponte Rivas",
              "Instituto Nacional de los Espacios Acuáticos",
              "Asesor"),
          Map.entry(
              "US",
              List.of(
                  new Demo(
                      "delegate.us@demo.safeports.org",
                      "Karen Whitfield",
                      "U.S. Coast Guard",
                      "Chair's delegate, Office of Port and Facility Compliance"),
                  new Demo(
                      "delegate2.us@demo.safeports.org",
                      "Daniel Ortiz",
                      "U.S. Maritime Administration",
                      "Port security specialist"))));

  private static Map.Entry<String, List<Demo>> demo(
      String country, String name, String organisation, String position) {
    return Map.entry(
        country,
        List.of(
            new Demo(
                "delegate." + country.toLowerCase() + "@demo.safeports.org",
                name,
                organisation,
                position)));
  }

  private final DelegateService delegates;
  private final DelegateRecords records;
  private final InvitationRecords invitations;
  private final MemberAccounts accounts;
  private final MemberStates states;
  private final DemoMode demoMode;

  DemoDelegates(
      DelegateService delegates,
      DelegateRecords records,
      InvitationRecords invitations,
      MemberAccounts accounts,
      MemberStates states,
      DemoMode demoMode) {
    this.delegates = delegates;
    this.records = records;
    this.invitations = invitations;
    this.accounts = accounts;
    this.states = states;
    this.demoMode = demoMode;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(20)
  @Transactional
  public void load() {
    if (!demoMode.isEnabled()) {
      return;
    }
    DELEGATES.forEach(
        (country, people) -> {
          if (!states.isTagMember(country)) {
            return;
          }
          for (Demo person : people) {
            MemberAccount account =
                accounts
                    .ensure(
                        new MemberAccounts.NewMember(
                            person.email(),
                            person.name(),
                            person.organisation(),
                            country,
                            country.equals("BR")
                                ? "pt"
                                : country.matches("BB|JM|US") ? "en" : "es"))
                    .account();
            boolean appointed =
                records.ofAccount(account.id()).stream()
                    .anyMatch(d -> d.countryCode().equals(country));
            if (!appointed && account.enabled()) {
              delegates.appointAccount(country, account, person.position(), null, null, null, null);
            }
          }
        });
    if (invitations.count() == 0) {
      delegates.appoint(
          new AppointForm(
              "JM",
              "invited.jm@demo.safeports.org",
              "Nadine Clarke",
              "Deputy Security Manager, Port Authority of Jamaica",
              "+1 876 922 0290",
              "en"),
          null);
    }
  }
}
