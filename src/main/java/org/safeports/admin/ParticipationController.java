package org.safeports.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.safeports.membership.DelegateCountries;
import org.safeports.platform.ParticipationSource.Measure;
import org.safeports.platform.audit.Auditable;
import org.safeports.platform.web.CsvExport;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Participation per member state: the secretariat's table of every state with a chart and a CSV,
 * and a delegate's own country's line beside the region's median (never another state's line).
 */
@Controller
class ParticipationController {

  /** A period as the choice lists it: its code and its name in the reader's language. */
  record PeriodChoice(String code, String name) {}

  private final Participation participation;
  private final MonthlySummaries summaries;
  private final DelegateCountries delegates;
  private final MessageSource messages;
  private final Clock clock;

  ParticipationController(
      Participation participation,
      MonthlySummaries summaries,
      DelegateCountries delegates,
      MessageSource messages,
      Clock clock) {
    this.participation = participation;
    this.summaries = summaries;
    this.delegates = delegates;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping("/admin/participation")
  String table(
      @RequestParam(required = false) String period,
      @RequestParam(required = false) String measure,
      Model model,
      Locale locale) {
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    Participation.Table table = participation.of(ParticipationPeriod.parse(period, today), locale);
    Measure charted =
        Arrays.stream(Measure.values())
            .filter(m -> m.name().equals(measure))
            .findFirst()
            .orElse(Measure.SURVEY_ANSWERS);
    model.addAttribute("table", table);
    model.addAttribute("measures", Measure.values());
    model.addAttribute("charted", charted);
    model.addAttribute("chart", ParticipationChart.of(table, charted));
    periods(model, table.period(), today, locale);
    return "admin/participation";
  }

  @GetMapping("/admin/participation.csv")
  void csv(
      @RequestParam(required = false) String period, HttpServletResponse response, Locale locale)
      throws IOException {
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    Participation.Table table = participation.of(ParticipationPeriod.parse(period, today), locale);
    List<String> header = new ArrayList<>();
    header.add(messages.getMessage("admin.participation.country", null, locale));
    for (Measure m : Measure.values()) {
      header.add(messages.getMessage("admin.participation.measure." + m.name(), null, locale));
    }
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"participation-" + table.period().code() + ".csv\"");
    try (CsvExport csv = new CsvExport(response.getOutputStream(), header)) {
      for (Participation.Line line : table.lines()) {
        List<String> cells = new ArrayList<>();
        cells.add(line.name());
        Arrays.stream(line.values()).forEach(v -> cells.add(Long.toString(v)));
        csv.row(cells);
      }
      List<String> medians = new ArrayList<>();
      medians.add(messages.getMessage("admin.participation.median", null, locale));
      Arrays.stream(table.medians()).forEach(v -> medians.add(ParticipationNumbers.plain(v)));
      csv.row(medians);
    }
  }

  @GetMapping("/account/participation")
  String own(
      @RequestParam(required = false) String period,
      @AuthenticationPrincipal Auditable me,
      Model model,
      Locale locale) {
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    Participation.Table table = participation.of(ParticipationPeriod.parse(period, today), locale);
    List<Participation.Line> own = new ArrayList<>();
    for (String code : delegates.of(me.accountId())) {
      table.lineOf(code).ifPresent(own::add);
    }
    // Only the person's own country's line goes to the page, with the region's medians.
    model.addAttribute("own", new Participation.Table(table.period(), own, table.medians()));
    model.addAttribute("measures", Measure.values());
    periods(model, table.period(), today, locale);
    model.addAttribute("monthlyWanted", !summaries.optedOut(me.accountId()));
    return "admin/own-participation";
  }

  /** The delegate's choice of the monthly summary mail: the box ticked or not. */
  @PostMapping("/account/participation/mail")
  String chooseMail(
      @RequestParam(required = false) String monthly,
      @AuthenticationPrincipal Auditable me,
      RedirectAttributes redirect) {
    summaries.choose(me.accountId(), "true".equals(monthly));
    redirect.addFlashAttribute("notice", "admin.participation.mailSaved");
    return "redirect:/account/participation#summary-mail";
  }

  private void periods(Model model, ParticipationPeriod chosen, LocalDate today, Locale locale) {
    List<PeriodChoice> choices = new ArrayList<>();
    for (ParticipationPeriod p : ParticipationPeriod.choices(today)) {
      choices.add(new PeriodChoice(p.code(), name(p, locale)));
    }
    model.addAttribute("periods", choices);
    model.addAttribute("periodName", name(chosen, locale));
  }

  private String name(ParticipationPeriod period, Locale locale) {
    return period.quarter() == 0
        ? messages.getMessage(
            "admin.participation.year", new Object[] {Integer.toString(period.year())}, locale)
        : messages.getMessage(
            "admin.participation.quarter",
            new Object[] {Integer.toString(period.year()), Integer.toString(period.quarter())},
            locale);
  }
}
