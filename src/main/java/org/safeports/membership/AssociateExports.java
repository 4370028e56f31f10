package org.safeports.membership;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.safeports.platform.web.CsvExport;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The secretariat's CSV files: approved associate members, and applications still open. */
@Service
@Transactional(readOnly = true)
class AssociateExports {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

  private final AssociateOrganisations organisations;
  private final AssociateApplications applications;
  private final MemberStates states;
  private final MessageSource messages;

  AssociateExports(
      AssociateOrganisations organisations,
      AssociateApplications applications,
      MemberStates states,
      MessageSource messages) {
    this.organisations = organisations;
    this.applications = applications;
    this.states = states;
    this.messages = messages;
  }

  /** One line per contact of an approved organisation (an organisation without any, alone). */
  void approved(OutputStream out, Locale locale) throws IOException {
    Map<Long, List<AssociateOrganisations.Contact>> contacts =
        organisations.contacts().stream()
            .collect(Collectors.groupingBy(AssociateOrganisations.Contact::organisationId));
    try (CsvExport csv =
        new CsvExport(
            out,
            header(
                locale,
                "organisation",
                "kind",
                "country",
                "website",
                "approved",
                "contact",
                "position",
                "email",
                "since"))) {
      for (AssociateOrganisations.Organisation o : organisations.all()) {
        List<String> org =
            List.of(
                o.name(),
                kind(o.kind(), locale),
                states.name(o.countryCode(), locale),
                o.website(),
                day(o.since()));
        List<AssociateOrganisations.Contact> people = contacts.getOrDefault(o.id(), List.of());
        if (people.isEmpty()) {
          csv.row(concat(org, List.of("", "", "", "")));
        }
        for (AssociateOrganisations.Contact c : people) {
          csv.row(concat(org, List.of(c.name(), c.position(), c.email(), day(c.since()))));
        }
      }
    }
  }

  /** Applications in the queue or waiting for an answer, oldest first. */
  void pending(OutputStream out, Locale locale) throws IOException {
    try (CsvExport csv =
        new CsvExport(
            out,
            header(
                locale,
                "organisation",
                "kind",
                "country",
                "website",
                "contact",
                "position",
                "email",
                "state",
                "queued",
                "language"))) {
      for (AssociateApplication a : applications.queue(null)) {
        csv.row(
            List.of(
                a.organisationName(),
                kind(a.kind(), locale),
                states.name(a.countryCode(), locale),
                a.website(),
                a.contactName(),
                a.position(),
                a.email(),
                messages.getMessage("membership.associate.state." + a.state().name(), null, locale),
                day(a.queuedAt()),
                a.language()));
      }
    }
  }

  private List<String> header(Locale locale, String... columns) {
    return java.util.Arrays.stream(columns)
        .map(c -> messages.getMessage("membership.associate.csv." + c, null, locale))
        .toList();
  }

  private String kind(AssociateKind kind, Locale locale) {
    return messages.getMessage("membership.associate.kind." + kind.name(), null, locale);
  }

  private static String day(Instant instant) {
    return instant == null ? "" : DAY.format(instant);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
