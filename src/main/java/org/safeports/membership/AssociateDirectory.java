package org.safeports.membership;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public directory of approved associate organisations, and their contacts for members. */
@Service
@Transactional(readOnly = true)
class AssociateDirectory {

  /** How the directory is sorted. */
  enum Sort {
    NAME,
    COUNTRY
  }

  /** One organisation as listed: contacts empty unless the reader may see them. */
  record Entry(
      AssociateOrganisations.Organisation organisation,
      String countryName,
      List<AssociateOrganisations.Contact> contacts) {}

  private final AssociateOrganisations organisations;
  private final MemberStates states;

  AssociateDirectory(AssociateOrganisations organisations, MemberStates states) {
    this.organisations = organisations;
    this.states = states;
  }

  List<Entry> entries(
      Locale locale, Sort sort, AssociateKind kind, String country, boolean withContacts) {
    Map<Long, List<AssociateOrganisations.Contact>> contacts =
        withContacts
            ? organisations.contacts().stream()
                .collect(Collectors.groupingBy(AssociateOrganisations.Contact::organisationId))
            : Map.of();
    Collator collator = Collator.getInstance(locale);
    Comparator<Entry> byName = Comparator.comparing(e -> e.organisation().name(), collator);
    Comparator<Entry> order =
        sort == Sort.COUNTRY
            ? Comparator.comparing(Entry::countryName, collator).thenComparing(byName)
            : byName;
    return organisations.all().stream()
        .filter(o -> kind == null || o.kind() == kind)
        .filter(o -> country == null || o.countryCode().equals(country))
        .map(
            o ->
                new Entry(
                    o,
                    states.name(o.countryCode(), locale),
                    contacts.getOrDefault(o.id(), List.of())))
        .sorted(order)
        .toList();
  }

  /** The countries that have an approved organisation, for the filter. */
  List<Country> countries(Locale locale) {
    List<String> codes =
        organisations.all().stream()
            .map(AssociateOrganisations.Organisation::countryCode)
            .distinct()
            .toList();
    return states.oasStates(locale).stream().filter(c -> codes.contains(c.code())).toList();
  }
}
