package org.safeports.library;

import org.safeports.platform.WorkWaiting;

/**
 * A delegate sent a contingency plan, or a new version of one, and it waits for an editor's
 * decision.
 *
 * @param documentId the document
 * @param countryCode the plan's country
 * @param title its title in the document's own language
 */
public record PlanSubmitted(long documentId, String countryCode, String title)
    implements WorkWaiting {

  @Override
  public Kind kind() {
    return Kind.PLAN;
  }

  @Override
  public String path() {
    return "/admin/library/" + documentId;
  }
}
