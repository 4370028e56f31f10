package org.safeports.library;

import java.time.LocalDate;
import java.util.List;
import org.safeports.library.LibraryRecords.Description;

/** A checked {@link DocumentForm}: every value known to be valid. */
record DocumentMetadata(
    DocumentType type,
    String countryCode,
    String port,
    List<Hazard> hazards,
    String language,
    int year,
    AccessLevel accessLevel,
    LocalDate lastReviewed,
    List<Description> descriptions,
    List<Long> related,
    String note) {}
