package org.safeports.events;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A session or break as the editor types it: its day and times in the event's zone, where it is,
 * and its title and description in the event's original language.
 */
public class SessionForm {

  @NotNull(message = "{events.agenda.admin.dayRequired}")
  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate day;

  @NotNull(message = "{events.agenda.admin.timeRequired}")
  @DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss")
  private LocalTime start;

  @NotNull(message = "{events.agenda.admin.timeRequired}")
  @DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss")
  private LocalTime end;

  @NotNull private SessionKind kind = SessionKind.SESSION;

  @Size(max = 120, message = "{events.agenda.admin.tooLong}")
  private String room;

  @Size(max = 500, message = "{events.agenda.admin.tooLong}")
  @Pattern(regexp = "(https://\\S+)?", message = "{events.agenda.admin.linkInvalid}")
  private String link;

  @NotBlank(message = "{events.agenda.admin.titleRequired}")
  @Size(max = 200, message = "{events.agenda.admin.tooLong}")
  private String title;

  @Size(max = 20000, message = "{events.agenda.admin.tooLong}")
  private String description;

  private long version;

  public LocalDate getDay() {
    return day;
  }

  public void setDay(LocalDate day) {
    this.day = day;
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

  public SessionKind getKind() {
    return kind;
  }

  public void setKind(SessionKind kind) {
    this.kind = kind;
  }

  public String getRoom() {
    return room;
  }

  public void setRoom(String room) {
    this.room = room;
  }

  public String getLink() {
    return link;
  }

  public void setLink(String link) {
    this.link = link;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }
}
