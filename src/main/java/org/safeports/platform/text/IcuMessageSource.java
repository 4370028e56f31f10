package org.safeports.platform.text;

import com.ibm.icu.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.ObjectUtils;

/**
 * The portal's messages, formatted with ICU's MessageFormat so that a message can follow each
 * language's plural rules: {@code {0, plural, one {# page} other {# pages}}} gives "1 page" and "2
 * pages" in English and "0 page", "1 page", "2 pages" in French, where 0 is singular. Java's own
 * MessageFormat knows only {@code choice}, which cannot say that.
 *
 * <p>The escaping rules stay those of the bundles before: a message read without arguments is
 * printed as written ("l'OEA"); a message with arguments goes through the formatter, where an
 * apostrophe is written twice ("l''OEA"). ICU reads a doubled apostrophe as one, as Java does, and
 * a single one that quotes nothing as itself.
 *
 * <p>A message's text is looked up once per language and kept: the parent class walks every
 * basename (thirteen) and each bundle's chain of parents for every lookup, and a page makes a few
 * hundred. The bundles are read once anyway (no reload unless a cache duration is set, and then
 * nothing is kept here), so a kept text is never stale. Only found texts are kept: a code that is
 * not in the bundles is looked up again each time, so no input can grow the map.
 */
public class IcuMessageSource extends ResourceBundleMessageSource {

  private final Map<Locale, Map<String, MessageFormat>> formats = new ConcurrentHashMap<>();

  private final Map<Locale, Map<String, String>> texts = new ConcurrentHashMap<>();

  @Override
  protected String resolveCodeWithoutArguments(String code, Locale locale) {
    if (getCacheMillis() >= 0) {
      return super.resolveCodeWithoutArguments(code, locale);
    }
    Map<String, String> language = texts.computeIfAbsent(locale, l -> new ConcurrentHashMap<>());
    String text = language.get(code);
    if (text == null) {
      text = super.resolveCodeWithoutArguments(code, locale);
      if (text != null) {
        language.put(code, text);
      }
    }
    return text;
  }

  @Override
  protected String getMessageInternal(String code, Object[] args, Locale locale) {
    if (code == null || (!isAlwaysUseMessageFormat() && ObjectUtils.isEmpty(args))) {
      return super.getMessageInternal(code, args, locale);
    }
    Locale language = locale == null ? Locale.getDefault() : locale;
    String pattern = resolveCodeWithoutArguments(code, language);
    if (pattern == null) {
      return super.getMessageInternal(code, args, locale);
    }
    MessageFormat format =
        formats
            .computeIfAbsent(language, l -> new ConcurrentHashMap<>())
            .computeIfAbsent(pattern, p -> new MessageFormat(p, language));
    Object[] arguments = resolveArguments(args, language);
    // An ICU MessageFormat is not safe for concurrent use.
    synchronized (format) {
      return format.format(arguments);
    }
  }
}
