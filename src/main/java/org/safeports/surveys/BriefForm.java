package org.safeports.surveys;

import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * The results brief as the editor writes it: a summary in Markdown per language (the survey's
 * original language required, checked by {@link SurveyBriefs}), the questions whose charts go with
 * it, and whether the public may read it or members only.
 */
public class BriefForm {

  static final int MAX = 20_000;

  @Size(max = MAX)
  private String summaryEs;

  @Size(max = MAX)
  private String summaryEn;

  @Size(max = MAX)
  private String summaryPt;

  @Size(max = MAX)
  private String summaryFr;

  private List<String> charts = new ArrayList<>();

  private boolean publicBrief;

  String summary(String language) {
    return switch (language) {
      case "es" -> summaryEs;
      case "pt" -> summaryPt;
      case "fr" -> summaryFr;
      default -> summaryEn;
    };
  }

  void summary(String language, String text) {
    switch (language) {
      case "es" -> summaryEs = text;
      case "pt" -> summaryPt = text;
      case "fr" -> summaryFr = text;
      default -> summaryEn = text;
    }
  }

  /** The field of a language's summary, for an error next to it. */
  static String field(String language) {
    return "summary" + Character.toUpperCase(language.charAt(0)) + language.substring(1);
  }

  public String getSummaryEs() {
    return summaryEs;
  }

  public void setSummaryEs(String summaryEs) {
    this.summaryEs = summaryEs;
  }

  public String getSummaryEn() {
    return summaryEn;
  }

  public void setSummaryEn(String summaryEn) {
    this.summaryEn = summaryEn;
  }

  public String getSummaryPt() {
    return summaryPt;
  }

  public void setSummaryPt(String summaryPt) {
    this.summaryPt = summaryPt;
  }

  public String getSummaryFr() {
    return summaryFr;
  }

  public void setSummaryFr(String summaryFr) {
    this.summaryFr = summaryFr;
  }

  public List<String> getCharts() {
    return charts;
  }

  public void setCharts(List<String> charts) {
    this.charts = charts == null ? new ArrayList<>() : new ArrayList<>(charts);
  }

  public boolean isPublicBrief() {
    return publicBrief;
  }

  public void setPublicBrief(boolean publicBrief) {
    this.publicBrief = publicBrief;
  }
}
