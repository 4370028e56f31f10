package org.safeports.platform.web;

import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.safeports.platform.security.SecurityHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The errors Tomcat answers itself, before any filter of the portal runs: an encoded slash in a
 * path, a malformed request line or header, an unknown HTTP version. Its own page for them names
 * the server and carries none of the portal's security headers; this one carries them, is short, in
 * the reader's language, and shows no detail of the request or of the server.
 */
@Component
class TomcatErrorPages
    implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

  private final MessageSource messages;

  TomcatErrorPages(MessageSource messages) {
    this.messages = messages;
  }

  /** After Spring Boot's own customizer, which installs Tomcat's valve: this one replaces it. */
  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    factory.addContextCustomizers(
        context -> {
          Host host = (Host) context.getParent();
          for (Valve valve : host.getPipeline().getValves()) {
            if (valve instanceof ErrorReportValve) {
              host.getPipeline().removeValve(valve);
            }
          }
          if (host instanceof StandardHost standard) {
            // The host adds Tomcat's valve at start unless one of this class is already there.
            standard.setErrorReportValveClass(PortalErrorReportValve.class.getName());
          }
          host.getPipeline().addValve(new PortalErrorReportValve(messages));
        });
  }

  /** Tomcat's error report with the portal's headers and page. */
  static final class PortalErrorReportValve extends ErrorReportValve {

    private static final Logger log = LoggerFactory.getLogger(PortalErrorReportValve.class);

    private final MessageSource messages;

    PortalErrorReportValve(MessageSource messages) {
      this.messages = messages;
      setShowReport(false);
      setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
      int status = response.getStatus();
      if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
        return;
      }
      AtomicBoolean writable = new AtomicBoolean(false);
      response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
      if (!writable.get()) {
        return;
      }
      Language language = languageOf(request);
      try {
        response.resetBuffer();
        SecurityHeaders.baseline().forEach(response::setHeader);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setLocale(language.locale());
        Writer writer = response.getReporter();
        if (writer != null) {
          writer.write(page(status, language));
          response.finishResponse();
        }
      } catch (IOException | IllegalStateException e) {
        log.debug("Could not write the error page for a {} answer: {}", status, e.toString());
      }
    }

    private String page(int status, Language language) {
      String kind = status == 404 ? "404" : "other";
      Locale locale = language.locale();
      String title = text("error." + kind + ".title", locale);
      return "<!DOCTYPE html>\n<html lang=\""
          + language.code()
          + "\"><head><meta charset=\"utf-8\">"
          + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
          + "<title>"
          + title
          + " · Safeports</title>"
          + "<link rel=\"stylesheet\" href=\"/assets/css/site.css\"></head><body>"
          + "<header class=\"site-header\"><div class=\"wrap header-row\">"
          + "<a class=\"brand\" href=\"/\"><img src=\"/assets/img/logo.svg\" alt=\"\" width=\"36\""
          + " height=\"36\"><span><strong>Safeports</strong></span></a></div></header>"
          + "<main id=\"main\" class=\"wrap narrow\"><h1>"
          + text("error." + kind + ".heading", locale)
          + "</h1><p>"
          + text("error." + kind + ".text", locale)
          + "</p><p><a class=\"button\" href=\"/\">"
          + text("error.home", locale)
          + "</a></p></main></body></html>\n";
    }

    private String text(String key, Locale locale) {
      return HtmlUtils.htmlEscape(messages.getMessage(key, null, locale));
    }

    /** The language cookie if it names one of the portal's, else the browser's best match. */
    private static Language languageOf(Request request) {
      try {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
          for (Cookie cookie : cookies) {
            if (WebConfiguration.LANGUAGE_COOKIE.equals(cookie.getName())) {
              var chosen = Language.fromCode(cookie.getValue());
              if (chosen.isPresent()) {
                return chosen.get();
              }
            }
          }
        }
        for (Locale wanted : Collections.list(request.getLocales())) {
          var match = Language.fromCode(wanted.getLanguage());
          if (match.isPresent()) {
            return match.get();
          }
        }
      } catch (RuntimeException e) {
        // A request Tomcat could not parse may have headers it cannot read either.
      }
      return Language.EN;
    }
  }
}
