package org.safeports.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.util.UriUtils;

/**
 * The reader's language, in this order: a choice made in this request ({@code ?lang=}, which also
 * goes into the cookie), the language of the address ({@link AddressLanguages}), the cookie, the
 * browser's {@code Accept-Language}.
 */
final class AddressLocaleResolver extends CookieLocaleResolver {

  private static final String CHOSEN = AddressLocaleResolver.class.getName() + ".CHOSEN";
  private static final String ADDRESS = AddressLocaleResolver.class.getName() + ".ADDRESS";

  private final ObjectProvider<AddressLanguages> addresses;

  AddressLocaleResolver(String cookieName, ObjectProvider<AddressLanguages> addresses) {
    super(cookieName);
    this.addresses = addresses;
  }

  @Override
  public Locale resolveLocale(HttpServletRequest request) {
    if (request.getAttribute(CHOSEN) instanceof Locale chosen) {
      return chosen;
    }
    Optional<Language> address = addressLanguage(request);
    return address.isPresent() ? address.get().locale() : super.resolveLocale(request);
  }

  @Override
  public LocaleContext resolveLocaleContext(HttpServletRequest request) {
    LocaleContext cookie = super.resolveLocaleContext(request);
    return new TimeZoneAwareLocaleContext() {
      @Override
      public Locale getLocale() {
        return resolveLocale(request);
      }

      @Override
      public TimeZone getTimeZone() {
        return cookie instanceof TimeZoneAwareLocaleContext zoned ? zoned.getTimeZone() : null;
      }
    };
  }

  @Override
  public void setLocaleContext(
      HttpServletRequest request, HttpServletResponse response, LocaleContext localeContext) {
    super.setLocaleContext(request, response, localeContext);
    Locale locale = localeContext == null ? null : localeContext.getLocale();
    if (locale != null) {
      request.setAttribute(CHOSEN, locale);
    } else {
      request.removeAttribute(CHOSEN);
    }
  }

  /** Asked once per request; an error page dispatched later keeps the original address's. */
  @SuppressWarnings("unchecked")
  private Optional<Language> addressLanguage(HttpServletRequest request) {
    if (request.getAttribute(ADDRESS) instanceof Optional<?> known) {
      return (Optional<Language>) known;
    }
    Optional<Language> found = Optional.empty();
    String path = path(request);
    if (path != null) {
      for (AddressLanguages module : addresses) {
        found = module.languageOf(path);
        if (found.isPresent()) {
          break;
        }
      }
    }
    request.setAttribute(ADDRESS, found);
    return found;
  }

  private static String path(HttpServletRequest request) {
    try {
      String uri = request.getRequestURI().substring(request.getContextPath().length());
      return UriUtils.decode(uri, StandardCharsets.UTF_8);
    } catch (RuntimeException e) {
      return null;
    }
  }
}
