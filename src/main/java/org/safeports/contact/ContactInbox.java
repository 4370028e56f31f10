package org.safeports.contact;

/** What the secretariat's dashboard shows of the contact messages. */
public interface ContactInbox {

  /** Messages nobody has answered or closed yet. */
  long waiting();
}
