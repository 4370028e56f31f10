package org.safeports.events;

import java.util.List;

/** A speaker on the speakers' page: who, from where, a short bio and the talks they give. */
record SpeakerCard(
    long id, String name, String organisation, String bio, boolean photo, List<String> talks) {}
