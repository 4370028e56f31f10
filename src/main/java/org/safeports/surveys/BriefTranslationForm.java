package org.safeports.surveys;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A results brief's summary in one of the other languages, as the translator types it beside the
 * original. {@code revision} is the translation's save the translator started from (null while
 * there was none): a save made on top of a colleague's newer one is refused. {@code basedOn} is the
 * version of the original shown beside it: a translation saved from an original that changed since
 * stays out of date.
 */
public class BriefTranslationForm {

  @NotBlank(message = "{surveys.brief.translation.required}")
  @Size(max = BriefForm.MAX, message = "{surveys.brief.translation.tooLong}")
  private String summary;

  private Long revision;

  private Long basedOn;

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public Long getRevision() {
    return revision;
  }

  public void setRevision(Long revision) {
    this.revision = revision;
  }

  public Long getBasedOn() {
    return basedOn;
  }

  public void setBasedOn(Long basedOn) {
    this.basedOn = basedOn;
  }
}
