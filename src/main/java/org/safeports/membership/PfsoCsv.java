package org.safeports.membership;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.safeports.platform.web.CsvExport;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** PFSO verifications and requests as CSV, headings and states in the reader's language. */
@Component
class PfsoCsv {

  private final MessageSource messages;
  private final PfsoService service;

  PfsoCsv(MessageSource messages, PfsoService service) {
    this.messages = messages;
    this.service = service;
  }

  void write(List<PfsoRequest> rows, Locale locale, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/csv; charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"pfsos.csv\"");
    List<String> header =
        Arrays.stream(
                new String[] {
                  "name",
                  "email",
                  "country",
                  "port",
                  "facility",
                  "imoNumber",
                  "position",
                  "employer",
                  "state",
                  "requestedAt",
                  "validUntil"
                })
            .map(k -> messages.getMessage("membership.pfso.csv." + k, null, locale))
            .toList();
    LocalDate today = service.today();
    try (CsvExport csv = new CsvExport(response.getOutputStream(), header)) {
      for (PfsoRequest r : rows) {
        csv.row(
            Arrays.asList(
                r.personName(),
                r.personEmail(),
                r.countryCode(),
                r.port(),
                r.facilityName(),
                r.imoNumber(),
                r.position(),
                r.employer(),
                messages.getMessage(
                    "membership.state." + r.membershipState(today).name(), null, locale),
                r.requestedAt().toString(),
                r.validUntil() == null ? null : r.validUntil().toString()));
      }
    }
  }
}
