package org.safeports.events;

import jakarta.validation.constraints.Size;

/**
 * A session's, talk's or speaker's text in one language: a title (not for a speaker) and the longer
 * text (description, abstract or bio). Whether the title is needed the service decides.
 */
public class AgendaTextForm {

  @Size(max = 200, message = "{events.agenda.admin.tooLong}")
  private String title;

  @Size(max = 20000, message = "{events.agenda.admin.tooLong}")
  private String body;

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }
}
