package org.safeports.events;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A talk as the editor types it: its title and abstract in the event's original language, its times
 * (optional, within its session, in the event's zone) and its speakers, among the event's.
 */
public class TalkForm {

  @NotBlank(message = "{events.agenda.admin.titleRequired}")
  @Size(max = 200, message = "{events.agenda.admin.tooLong}")
  private String title;

  @Size(max = 20000, message = "{events.agenda.admin.tooLong}")
  private String summary;

  @DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss")
  private LocalTime start;

  @DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss")
  private LocalTime end;

  private List<Long> speakers = new ArrayList<>();

  private long version;

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

  public LocalTime getStart() {
    return start;
  }

  public void setStart(LocalTime start) {
    this.start = start;
  }

  public LocalTime getEnd() {
    return end;
  }

  public void setEnd(LocalTime end) {
    this.end = end;
  }

  public List<Long> getSpeakers() {
    return speakers;
  }

  public void setSpeakers(List<Long> speakers) {
    this.speakers = speakers == null ? new ArrayList<>() : speakers;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }
}
