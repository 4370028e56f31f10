package org.safeports.platform.web;

import java.util.Optional;

/**
 * A module whose addresses name a language: a translation's own address (a slug per language)
 * answers in that language whatever the reader's cookie or browser says, the page's chrome
 * included. The portal's locale resolver asks every such bean before the cookie, so that the page
 * cache, the layout and the messages all see the language the page is written in.
 */
public interface AddressLanguages {

  /**
   * The language of the page at this path (within the application, decoded), or empty when the path
   * names none. The answer must not depend on who asks: the page cache keys on it.
   */
  Optional<Language> languageOf(String path);
}
