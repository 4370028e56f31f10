package org.safeports.events;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An event's texts in one language. */
public class EventTextForm {

  @NotBlank
  @Size(max = 200)
  private String title;

  @Size(max = 400)
  private String summary;

  @Size(max = 20000)
  private String description;

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}
