/**
 * Events: virtual seminars, meetings, trainings and the hemispheric conference on port security.
 * Visitors find upcoming and past events with their times in their own zone; a conference has an
 * agenda of sessions, talks and speakers; signed-in users register through the event's form, with a
 * capacity, a waiting line and the secretariat's approval where the event asks for it; each event,
 * each person's agenda and the whole calendar are iCalendar feeds.
 *
 * <p>Public API: what other modules show of it (the next events, for the home and country pages),
 * and the events it publishes (registrations changed, reminders due), which the notifications
 * module turns into mail.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Events",
    allowedDependencies = {
      "platform",
      "platform::security",
      "platform::database",
      "platform::audit",
      "platform::web",
      "platform::text",
      "platform::files",
      "platform::media",
      "membership",
      "identity",
      "library",
      "content",
      "search"
    })
package org.safeports.events;
