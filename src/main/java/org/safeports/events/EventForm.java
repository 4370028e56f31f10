package org.safeports.events;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** An event's settings as the editor types them; times are local to the event's zone. */
public class EventForm {

  /** The title in the original language: asked only when the event is created. */
  @Size(max = 200)
  private String title;

  @Size(max = 400)
  private String summary;

  @Size(max = 20000)
  private String description;

  @NotNull private EventKind kind = EventKind.SEMINAR;
  @NotNull private EventAudience audience = EventAudience.PUBLIC;

  @NotBlank
  @Pattern(regexp = "en|es|pt|fr")
  private String originalLanguage = "en";

  @NotNull private LocalDateTime startsAt;
  @NotNull private LocalDateTime endsAt;

  @NotBlank
  @Size(max = 64)
  private String timeZone = "America/Panama";

  private boolean online;

  @Size(max = 500)
  @Pattern(regexp = "(https://\\S+)?")
  private String onlineLink;

  @Size(max = 200)
  private String venue;

  /** The member state it is held in (or organised from); blank for none. */
  @Size(max = 2)
  private String hostCountry;

  @NotBlank
  @Size(max = 200)
  private String organiser;

  private List<String> languages = new ArrayList<>();
  private List<String> interpretation = new ArrayList<>();

  @NotNull private RegistrationMode registration = RegistrationMode.NONE;
  private LocalDateTime registrationOpensAt;
  private LocalDateTime registrationClosesAt;

  @Positive private Integer capacity;

  @NotNull private ParticipantListing participantList = ParticipantListing.NOBODY;

  @Size(max = 500)
  @Pattern(regexp = "(https://\\S+)?")
  private String recordingUrl;

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

  public EventKind getKind() {
    return kind;
  }

  public void setKind(EventKind kind) {
    this.kind = kind;
  }

  public EventAudience getAudience() {
    return audience;
  }

  public void setAudience(EventAudience audience) {
    this.audience = audience;
  }

  public String getOriginalLanguage() {
    return originalLanguage;
  }

  public void setOriginalLanguage(String originalLanguage) {
    this.originalLanguage = originalLanguage;
  }

  public LocalDateTime getStartsAt() {
    return startsAt;
  }

  public void setStartsAt(LocalDateTime startsAt) {
    this.startsAt = startsAt;
  }

  public LocalDateTime getEndsAt() {
    return endsAt;
  }

  public void setEndsAt(LocalDateTime endsAt) {
    this.endsAt = endsAt;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  public boolean isOnline() {
    return online;
  }

  public void setOnline(boolean online) {
    this.online = online;
  }

  public String getOnlineLink() {
    return onlineLink;
  }

  public void setOnlineLink(String onlineLink) {
    this.onlineLink = onlineLink;
  }

  public String getVenue() {
    return venue;
  }

  public void setVenue(String venue) {
    this.venue = venue;
  }

  public String getOrganiser() {
    return organiser;
  }

  public void setOrganiser(String organiser) {
    this.organiser = organiser;
  }

  public List<String> getLanguages() {
    return languages;
  }

  public void setLanguages(List<String> languages) {
    this.languages = languages;
  }

  public List<String> getInterpretation() {
    return interpretation;
  }

  public void setInterpretation(List<String> interpretation) {
    this.interpretation = interpretation;
  }

  public RegistrationMode getRegistration() {
    return registration;
  }

  public void setRegistration(RegistrationMode registration) {
    this.registration = registration;
  }

  public LocalDateTime getRegistrationOpensAt() {
    return registrationOpensAt;
  }

  public void setRegistrationOpensAt(LocalDateTime registrationOpensAt) {
    this.registrationOpensAt = registrationOpensAt;
  }

  public LocalDateTime getRegistrationClosesAt() {
    return registrationClosesAt;
  }

  public void setRegistrationClosesAt(LocalDateTime registrationClosesAt) {
    this.registrationClosesAt = registrationClosesAt;
  }

  public Integer getCapacity() {
    return capacity;
  }

  public void setCapacity(Integer capacity) {
    this.capacity = capacity;
  }

  public ParticipantListing getParticipantList() {
    return participantList;
  }

  public void setParticipantList(ParticipantListing participantList) {
    this.participantList = participantList;
  }

  public String getRecordingUrl() {
    return recordingUrl;
  }

  public void setRecordingUrl(String recordingUrl) {
    this.recordingUrl = recordingUrl;
  }

  public String getHostCountry() {
    return hostCountry;
  }

  public void setHostCountry(String hostCountry) {
    this.hostCountry = hostCountry;
  }
}
