package org.safeports.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.safeports.platform.web.Language;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The list of translations to do, per language: the news and pages whose translation is missing or
 * out of date, then what the other modules contribute through {@link TranslationWork}.
 */
@Component
class TranslationsToDo {

  private final ContentAdminQueries queries;
  private final ObjectProvider<TranslationWork> others;
  private final MessageSource messages;

  TranslationsToDo(
      ContentAdminQueries queries, ObjectProvider<TranslationWork> others, MessageSource messages) {
    this.queries = queries;
    this.others = others;
    this.messages = messages;
  }

  /** Every portal language, each with its tasks (content's first), labelled in {@code locale}. */
  Map<Language, List<TranslationTask>> byLanguage(Locale locale) {
    Map<Language, List<TranslationTask>> work = new LinkedHashMap<>();
    queries
        .translationWork()
        .forEach(
            (language, rows) -> {
              List<TranslationTask> tasks = new ArrayList<>();
              for (ContentAdminQueries.Row row : rows) {
                tasks.add(
                    new TranslationTask(
                        language.code(),
                        messages.getMessage("content.kind." + row.kind().name(), null, locale),
                        row.title(),
                        row.originalLanguage(),
                        "/admin/content/" + row.id() + "/translations/" + language.code(),
                        row.languages().get(language.code())
                                == ContentAdminQueries.TranslationState.STALE
                            ? TranslationTask.State.STALE
                            : TranslationTask.State.MISSING));
              }
              work.put(language, tasks);
            });
    others
        .orderedStream()
        .flatMap(module -> module.tasks(locale).stream())
        .forEach(
            task ->
                Language.fromCode(task.language())
                    .filter(l -> l.code().equals(task.language()))
                    .map(work::get)
                    .ifPresent(tasks -> tasks.add(task)));
    return work;
  }

  /**
   * How many there are, over all languages: content's counted in the database (every item, not only
   * the 500 the list shows), then the other modules'.
   */
  long count() {
    return queries.translationsWaiting()
        + others
            .orderedStream()
            .flatMap(module -> module.tasks(Locale.ENGLISH).stream())
            .filter(
                task ->
                    Language.fromCode(task.language())
                        .filter(l -> l.code().equals(task.language()))
                        .isPresent())
            .count();
  }
}
