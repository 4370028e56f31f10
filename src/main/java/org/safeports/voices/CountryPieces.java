package org.safeports.voices;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.safeports.membership.CountryActivity;
import org.safeports.membership.CountrySection;
import org.safeports.platform.security.Viewer;
import org.safeports.platform.web.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A member state's page lists the Port Voices pieces published from that country, newest first and
 * in the reader's language where translated, with a link to all of them: two statements.
 */
@Component
class CountryPieces implements CountryActivity {

  static final int SHOWN = 5;

  private final PortVoicesDirectory directory;
  private final MessageSource messages;

  CountryPieces(PortVoicesDirectory directory, MessageSource messages) {
    this.directory = directory;
    this.messages = messages;
  }

  @Override
  public int order() {
    return 20;
  }

  @Override
  public Optional<CountrySection> of(String countryCode, Locale locale, Viewer viewer) {
    List<PieceCard> pieces =
        directory.published(Language.of(locale).code(), null, countryCode, null, 0, SHOWN);
    // Counted every time, so that the page costs the same statements however many there are.
    long total = directory.countPublished(null, countryCode, null);
    List<CountrySection.Line> lines =
        pieces.stream()
            .map(
                p ->
                    new CountrySection.Line(
                        p.title(),
                        p.path(),
                        p.publishedAt() == null
                            ? null
                            : p.publishedAt().atOffset(ZoneOffset.UTC).toLocalDate(),
                        p.authorName()))
            .toList();
    return Optional.of(
        new CountrySection(
            text("voices.countrySection.heading", locale),
            null,
            null,
            lines,
            text("voices.countrySection.empty", locale),
            total > lines.size() ? "/voices?country=" + countryCode : null,
            text("voices.countrySection.more", locale)));
  }

  private String text(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }
}
