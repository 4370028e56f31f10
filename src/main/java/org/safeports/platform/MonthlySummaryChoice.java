package org.safeports.platform;

/**
 * A delegate's choice of the monthly summary of their country's participation: one stored
 * preference, which both the participation page and the account's mail settings show and change.
 * The module that sends the summary keeps it.
 */
public interface MonthlySummaryChoice {

  /** Whether this account wants the monthly summary (the default: yes). */
  boolean wanted(long accountId);

  /** Records the choice of this account. */
  void choose(long accountId, boolean wanted);
}
