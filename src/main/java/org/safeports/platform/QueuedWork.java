package org.safeports.platform;

import java.time.Instant;

/**
 * One thing that waits for the secretariat, as the dashboard's queue lists it.
 *
 * @param key stable across requests and unique over the portal ({@code "voices:42"}): what an
 *     editor's claim ("I'm on it") is kept under
 * @param kind what sort of work it is, for the queue's filter and its label
 * @param title a short title in the language it was written in; it comes from users, so pages
 *     escape it
 * @param path the page where it is handled, under the portal's address
 * @param since when it started to wait: the queue is oldest first
 * @param role the role that may see it in the queue ({@code "EDITOR"} or {@code "ADMIN"})
 */
public record QueuedWork(
    String key, Kind kind, String title, String path, Instant since, String role) {

  /** Work every editor may see. */
  public static QueuedWork forEditors(
      String key, Kind kind, String title, String path, Instant since) {
    return new QueuedWork(key, kind, title, path, since, "EDITOR");
  }

  /** The kinds of waiting work, in the order the queue's filter lists them. */
  public enum Kind {
    PIECE,
    UPLOAD,
    APPLICATION,
    PFSO_REQUEST,
    FLAGGED_POST,
    REGISTRATION,
    TRANSLATION,
    REVIEW_DUE,
    PLAN_REVIEW_DUE,
    MAIL_FAILED
  }
}
