package org.safeports.events;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.web.multipart.MultipartFile;

/**
 * A speaker as the editor types them: name, organisation, country and the bio in the event's
 * original language, and a photo file (bound from the upload; never shown back).
 */
public class SpeakerForm {

  @NotBlank(message = "{events.speakers.admin.nameRequired}")
  @Size(max = 160, message = "{events.agenda.admin.tooLong}")
  private String name;

  @Size(max = 200, message = "{events.agenda.admin.tooLong}")
  private String organisation;

  @Size(max = 2, message = "{events.speakers.admin.countryUnknown}")
  private String country;

  @Size(max = 20000, message = "{events.agenda.admin.tooLong}")
  private String bio;

  private transient MultipartFile photo;

  private boolean removePhoto;

  private long version;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getOrganisation() {
    return organisation;
  }

  public void setOrganisation(String organisation) {
    this.organisation = organisation;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public String getBio() {
    return bio;
  }

  public void setBio(String bio) {
    this.bio = bio;
  }

  public MultipartFile getPhoto() {
    return photo;
  }

  public void setPhoto(MultipartFile photo) {
    this.photo = photo;
  }

  public boolean isRemovePhoto() {
    return removePhoto;
  }

  public void setRemovePhoto(boolean removePhoto) {
    this.removePhoto = removePhoto;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }
}
