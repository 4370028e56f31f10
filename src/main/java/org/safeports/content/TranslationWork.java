package org.safeports.content;

import java.util.List;
import java.util.Locale;

/**
 * Texts of another module that wait for a translation (a survey's results brief, for one), so that
 * the secretariat's list of translations to do, and the dashboard's count of them, show them beside
 * the news and pages without content depending on that module. Every bean of this type is asked.
 */
public interface TranslationWork {

  /**
   * This module's texts whose translation into one of the portal's languages is missing or older
   * than the latest change of the original; the labels in {@code locale}, the editor's language.
   */
  List<TranslationTask> tasks(Locale locale);
}
