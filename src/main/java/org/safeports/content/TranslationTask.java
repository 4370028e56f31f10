package org.safeports.content;

/**
 * One translation to do, for the list of translations to do.
 *
 * @param language the language to translate into (a portal language's code)
 * @param kind what the text is, already in the editor's language ("Survey results brief")
 * @param title the text's title, in {@code titleLanguage}
 * @param titleLanguage the language the title is written in, for its {@code lang} attribute
 * @param href the screen where the translation is written (an address inside the portal)
 * @param state missing, or made before the original last changed
 */
public record TranslationTask(
    String language, String kind, String title, String titleLanguage, String href, State state) {

  /** Why the translation is to do. */
  public enum State {
    /** There is none in this language. */
    MISSING,
    /** There is one, made before the original last changed. */
    STALE
  }
}
