package org.safeports.events;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.safeports.content.HomeActivity;
import org.safeports.content.HomeSection;
import org.safeports.membership.CountryActivity;
import org.safeports.membership.CountrySection;
import org.safeports.platform.security.Viewer;
import org.safeports.platform.web.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The next events on the home page, and on a member state's page those the state hosts (the host
 * country the editors chose: where it is held, or organised from when online). Only what the viewer
 * may see, by the one visibility rule.
 */
@Component
class EventsOnOtherPages implements HomeActivity, CountryActivity {

  static final int ON_HOME = 3;
  static final int ON_COUNTRY = 5;

  private final EventCalendarQueries queries;
  private final MessageSource messages;

  EventsOnOtherPages(EventCalendarQueries queries, MessageSource messages) {
    this.queries = queries;
    this.messages = messages;
  }

  @Override
  public int order() {
    return 30;
  }

  @Override
  public Optional<HomeSection> of(Locale locale, Viewer viewer) {
    List<Event> next = queries.upcoming(viewer.signedIn(), Instant.now(), ON_HOME);
    if (next.isEmpty()) {
      return Optional.empty();
    }
    String language = Language.of(locale).code();
    List<HomeSection.Item> items =
        next.stream()
            .map(
                event ->
                    new HomeSection.Item(
                        event.title(language),
                        "/events/" + event.slug(),
                        EventTimes.when(event.startsAt(), event.zone(), locale),
                        meta(event, locale),
                        shownLanguage(event, language)))
            .toList();
    return Optional.of(
        new HomeSection(
            "next-events",
            text("events.home.heading", locale),
            items,
            "/events",
            text("events.home.all", locale)));
  }

  @Override
  public Optional<CountrySection> of(String countryCode, Locale locale, Viewer viewer) {
    String language = Language.of(locale).code();
    List<CountrySection.Line> lines =
        queries.upcomingHostedIn(countryCode, viewer.signedIn(), Instant.now(), ON_COUNTRY).stream()
            .map(
                event ->
                    new CountrySection.Line(
                        event.title(language),
                        "/events/" + event.slug(),
                        EventTimes.local(event.startsAt(), event.zone()).toLocalDate(),
                        EventTimes.clock(event.startsAt(), event.zone(), locale)
                            + " · "
                            + meta(event, locale)))
            .toList();
    return Optional.of(
        new CountrySection(
            text("events.country.heading", locale),
            null,
            null,
            lines,
            text("events.country.empty", locale),
            "/events",
            text("events.country.all", locale)));
  }

  private String meta(Event event, Locale locale) {
    String kind = text("events.home.kind." + event.kind().name(), locale);
    String where;
    if (event.online() && (event.venue() == null || event.venue().isBlank())) {
      where = text("events.home.online", locale);
    } else {
      where = event.venue() == null ? "" : event.venue();
    }
    return where.isBlank() ? kind : kind + " · " + where;
  }

  private static String shownLanguage(Event event, String language) {
    return event.texts().containsKey(language) ? language : event.originalLanguage();
  }

  private String text(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }
}
