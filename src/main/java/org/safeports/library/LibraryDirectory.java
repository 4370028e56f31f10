package org.safeports.library;

import org.springframework.stereotype.Component;

/** What other modules may ask of the library: figures for the secretariat's dashboard. */
@Component
public class LibraryDirectory {

  private final LibraryListings store;

  LibraryDirectory(LibraryListings store) {
    this.store = store;
  }

  /** Delegates' plans and new versions waiting for an editor. */
  public long awaitingReview() {
    return store.awaitingReview();
  }

  /** Plans in the library not reviewed in the last year. */
  public long plansReviewOverdue() {
    return store.plansReviewOverdue();
  }
}
