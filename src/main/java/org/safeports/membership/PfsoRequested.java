package org.safeports.membership;

import java.util.List;
import org.safeports.platform.WorkWaiting;

/**
 * A person asked to be verified as a PFSO (or to renew a verification): the country's delegates and
 * the secretariat are to hear of it.
 *
 * @param requestId the request
 * @param personName who asked
 * @param countryCode the member state the facility is in
 * @param facility the port facility and port
 * @param renewal whether it renews a verification in force or just expired
 * @param recipients the country's delegates and the secretariat's editors, each with their language
 * @param path where it is decided
 */
public record PfsoRequested(
    long requestId,
    String personName,
    String countryCode,
    String facility,
    boolean renewal,
    List<Recipient> recipients,
    String path)
    implements WorkWaiting {

  /** Someone to tell, in their language. */
  public record Recipient(String email, String name, String language) {}

  @Override
  public Kind kind() {
    return Kind.PFSO_REQUEST;
  }

  @Override
  public String title() {
    return personName + " (" + facility + ")";
  }
}
