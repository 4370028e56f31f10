package org.safeports.membership;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The admin's form for one member state. A date that is not one comes back as typed, with its
 * message ({@code typeMismatch.form.joinedOn}).
 */
public class MemberStateForm {

  private boolean tagMember;
  private boolean chair;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate joinedOn;

  /** The version of the state the admin opened, so a save on top of another is noticed. */
  private int version;

  static MemberStateForm of(MemberStateRow row) {
    MemberStateForm form = new MemberStateForm();
    form.tagMember = row.tagMember();
    form.chair = row.chair();
    form.joinedOn = row.joinedOn();
    form.version = row.version();
    return form;
  }

  public boolean isTagMember() {
    return tagMember;
  }

  public void setTagMember(boolean tagMember) {
    this.tagMember = tagMember;
  }

  public boolean isChair() {
    return chair;
  }

  public void setChair(boolean chair) {
    this.chair = chair;
  }

  public LocalDate getJoinedOn() {
    return joinedOn;
  }

  public void setJoinedOn(LocalDate joinedOn) {
    this.joinedOn = joinedOn;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }
}
