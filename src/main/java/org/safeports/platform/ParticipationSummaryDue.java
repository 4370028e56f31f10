package org.safeports.platform;

/**
 * A delegate's monthly summary of what their country did, ready in their language: notifications
 * mails it through the outbox. The sender has already recorded that this month's summary went to
 * this person, so the event comes once per delegate and month.
 *
 * @param email the delegate's address
 * @param language the delegate's language, which the texts are in
 * @param name the delegate's name
 * @param country the country's name
 * @param month the month the figures are of, in words
 * @param summary the figures, one line each, beside the region's median
 * @param waiting what waits for the country now (open surveys it has not answered, plans past their
 *     review), one line each
 * @param path the page of the country's participation, under the portal's address
 */
public record ParticipationSummaryDue(
    String email,
    String language,
    String name,
    String country,
    String month,
    String summary,
    String waiting,
    String path) {}
