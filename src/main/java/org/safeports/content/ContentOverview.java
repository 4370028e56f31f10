package org.safeports.content;

import org.springframework.stereotype.Service;

/** What the secretariat's dashboard asks of content. */
@Service
public class ContentOverview {

  private final ContentAdminQueries queries;

  ContentOverview(ContentAdminQueries queries) {
    this.queries = queries;
  }

  /** Pages whose "next review" date has passed. */
  public long reviewsOverdue() {
    return queries.overdueReviews();
  }

  /** Translations that are missing or older than their original, over all languages. */
  public long translationsToDo() {
    return queries.missingOrStaleTranslations();
  }
}
