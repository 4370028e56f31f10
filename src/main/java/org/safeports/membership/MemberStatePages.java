package org.safeports.membership;

import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.safeports.platform.security.PortalRole;
import org.safeports.platform.security.Viewer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the member-state pages show: the list with its map, and one country's page with its
 * delegates and the sections other modules contribute ({@link CountryActivity}).
 */
@Service
@Transactional(readOnly = true)
class MemberStatePages {

  /** A member state in the reader's language, with where the map draws it. */
  record StateView(
      String code,
      String name,
      boolean tagMember,
      boolean chair,
      LocalDate joinedOn,
      AmericasMap.Shape shape) {

    /** The address of its page (codes are lower case in addresses). */
    public String path() {
      return "/members/" + code.toLowerCase(Locale.ROOT);
    }
  }

  /** A country's page. */
  record CountryPage(
      StateView state,
      List<DelegateListing> delegates,
      boolean showsContacts,
      List<CountrySection> sections) {}

  private final MemberStateRecords records;
  private final MemberStates names;
  private final DelegateRoster roster;
  private final List<CountryActivity> activities;
  private final List<MapShading> shadings;
  private final AmericasMap map;

  MemberStatePages(
      MemberStateRecords records,
      MemberStates names,
      DelegateRoster roster,
      List<CountryActivity> activities,
      List<MapShading> shadings,
      AmericasMap map) {
    this.records = records;
    this.names = names;
    this.roster = roster;
    this.activities =
        activities.stream().sorted(Comparator.comparingInt(CountryActivity::order)).toList();
    this.shadings = shadings.stream().sorted(Comparator.comparingInt(MapShading::order)).toList();
    this.map = map;
  }

  /** The map's shading for this viewer: the first one that has something to show, if any. */
  Optional<MapShading.Shading> shading(Locale locale, Viewer viewer) {
    return shadings.stream().flatMap(s -> s.of(locale, viewer).stream()).findFirst();
  }

  /** Every member state, by name in the reader's language. */
  List<StateView> all(Locale locale) {
    Collator collator = Collator.getInstance(locale);
    return records.all().stream()
        .map(row -> view(row, locale))
        .sorted(Comparator.comparing(StateView::name, collator))
        .toList();
  }

  /** The order the map paints them in: small islands' circles last, on top of their neighbours. */
  static List<StateView> drawingOrder(List<StateView> states) {
    return states.stream()
        .filter(s -> s.shape() != null)
        .sorted(Comparator.comparing(s -> s.shape().marker() != null))
        .toList();
  }

  int mapWidth() {
    return map.width();
  }

  int mapHeight() {
    return map.height();
  }

  Optional<StateView> state(String code, Locale locale) {
    return records.find(code).map(row -> view(row, locale));
  }

  /** A country's page for this viewer; empty when the code is not a member state's. */
  Optional<CountryPage> country(String code, Locale locale, Viewer viewer) {
    return state(code, locale)
        .map(
            state ->
                new CountryPage(
                    state,
                    roster.of(state.code()),
                    seesContacts(viewer),
                    activities.stream()
                        .flatMap(a -> a.of(state.code(), locale, viewer).stream())
                        .toList()));
  }

  /**
   * Delegates' e-mail addresses and phones are for members: associate members and everyone above
   * them (delegates, the secretariat), and verified PFSOs; not for visitors or registered users.
   */
  static boolean seesContacts(Viewer viewer) {
    return viewer != null
        && (viewer.has(PortalRole.ASSOCIATE.name()) || viewer.has(PortalRole.PFSO.name()));
  }

  private StateView view(MemberStateRow row, Locale locale) {
    return new StateView(
        row.code(),
        names.name(row.code(), locale),
        row.tagMember(),
        row.chair(),
        row.joinedOn(),
        map.shape(row.code()).orElse(null));
  }
}
