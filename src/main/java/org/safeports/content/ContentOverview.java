package org.safeports.content;

import org.springframework.stereotype.Service;

/** What the secretariat's dashboard asks of content. */
@Service
public class ContentOverview {

  private final ContentAdminQueries queries;
  private final TranslationsToDo translations;

  ContentOverview(ContentAdminQueries queries, TranslationsToDo translations) {
    this.queries = queries;
    this.translations = translations;
  }

  /** Pages whose "next review" date has passed. */
  public long reviewsOverdue() {
    return queries.overdueReviews();
  }

  /**
   * Translations that are missing or older than their original, over all languages: of news and
   * pages, and of what other modules offer for translation ({@link TranslationWork}).
   */
  public long translationsToDo() {
    return translations.count();
  }
}
