package org.safeports.events;

import org.safeports.platform.web.PublicPagesChanged;

/** Something visitors may see of an event changed: the stored anonymous pages are dropped. */
record EventsChanged(long eventId) implements PublicPagesChanged {}
