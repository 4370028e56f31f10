package org.safeports.library;

/**
 * An editor approved a country's plan (or its waiting version) or returned it to the delegates.
 *
 * @param documentId the document
 * @param countryCode the plan's country, whose delegates look after it
 * @param uploaderAccountId the account that sent the plan, if it is known
 * @param approved true when approved, false when returned
 * @param reason the editor's note when returned; null when approved
 * @param title the plan's title in the document's own language
 */
public record PlanDecided(
    long documentId,
    String countryCode,
    Long uploaderAccountId,
    boolean approved,
    String reason,
    String title) {

  /** Where the country's delegates see the plan and, when it was returned, send a new version. */
  public String path() {
    return "/library/country/" + documentId;
  }
}
