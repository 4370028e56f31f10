package org.safeports;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every message exists in English, Spanish, Portuguese and French, and every key a page uses
 * exists.
 */
class MessageBundlesTest {

  static final Path BUNDLES = Path.of("src/main/resources/messages");
  static final Path TEMPLATES = Path.of("src/main/resources/templates");
  static final List<String> LANGUAGES = List.of("es", "pt", "fr");
  static final List<String> ALL_LANGUAGES = List.of("en", "es", "pt", "fr");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "platform",
        "identity",
        "membership",
        "notifications",
        "admin",
        "content",
        "voices",
        "library",
        "contact",
        "forum",
        "surveys",
        "events",
        "search"
      })
  void everyKeyIsInEveryLanguage(String bundle) throws IOException {
    Properties english = load(BUNDLES.resolve(bundle + ".properties"));
    assertThat(english).isNotEmpty();
    for (String language : LANGUAGES) {
      Properties translated = load(BUNDLES.resolve(bundle + "_" + language + ".properties"));
      assertThat(translated.stringPropertyNames())
          .as("keys of %s_%s", bundle, language)
          .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
      for (String key : translated.stringPropertyNames()) {
        String value = translated.getProperty(key);
        assertThat(value).as("%s in %s", key, language).isNotBlank();
        if (value.matches("(?s).*\\{\\d.*")) {
          // A message with arguments goes through the formatter, where an apostrophe is doubled.
          assertThat(value.replace("''", ""))
              .as("lone apostrophe in %s (%s)", key, language)
              .doesNotContain("'");
        } else if (!value.contains("{")) {
          // A message without arguments is printed as written: a doubled apostrophe shows twice.
          assertThat(value).as("doubled apostrophe in %s (%s)", key, language).doesNotContain("''");
        }
      }
    }
  }

  /**
   * Every message is an ICU pattern that parses in its language; counts use {@code plural} with
   * only the categories that language has (CLDR's rules, as the portal formats them), never Java's
   * {@code choice}, which knows nothing of a language's rules.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "platform",
        "identity",
        "membership",
        "notifications",
        "admin",
        "content",
        "voices",
        "library",
        "contact",
        "forum",
        "surveys",
        "events",
        "search"
      })
  void everyMessageIsAnIcuPatternWithTheRightPluralCategories(String bundle) throws IOException {
    List<String> problems = new ArrayList<>();
    for (String language : ALL_LANGUAGES) {
      String file = bundle + (language.equals("en") ? "" : "_" + language) + ".properties";
      Locale locale = Locale.forLanguageTag(language);
      Set<String> categories = PluralRules.forLocale(locale).getKeywords();
      Properties messages = load(BUNDLES.resolve(file));
      for (String key : messages.stringPropertyNames()) {
        String value = messages.getProperty(key);
        try {
          new com.ibm.icu.text.MessageFormat(value, locale);
        } catch (IllegalArgumentException e) {
          problems.add(file + " " + key + ": " + e.getMessage());
          continue;
        }
        MessagePattern pattern =
            new MessagePattern(MessagePattern.ApostropheMode.DOUBLE_OPTIONAL).parse(value);
        Deque<MessagePattern.ArgType> open = new ArrayDeque<>();
        for (int i = 0; i < pattern.countParts(); i++) {
          MessagePattern.Part part = pattern.getPart(i);
          switch (part.getType()) {
            case ARG_START -> {
              open.push(part.getArgType());
              if (part.getArgType() == MessagePattern.ArgType.CHOICE) {
                problems.add(file + " " + key + ": a choice, not a plural");
              }
            }
            case ARG_LIMIT -> open.pop();
            case ARG_SELECTOR -> {
              String selector = pattern.getSubstring(part);
              if (open.peek() == MessagePattern.ArgType.PLURAL
                  && !selector.startsWith("=")
                  && !categories.contains(selector)) {
                problems.add(
                    file + " " + key + ": " + language + " has no plural category " + selector);
              }
            }
            default -> {}
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyKeyThatATemplateNamesExists() throws IOException {
    Set<String> known = new TreeSet<>();
    try (Stream<Path> files = Files.list(BUNDLES)) {
      for (Path file : files.filter(f -> !f.getFileName().toString().contains("_")).toList()) {
        known.addAll(load(file).stringPropertyNames());
      }
    }
    Pattern literalKey = Pattern.compile("#\\{([a-zA-Z][\\w.]*[\\w])(?:\\(|})");
    List<String> missing = new ArrayList<>();
    try (Stream<Path> templates = Files.walk(TEMPLATES)) {
      for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
        Matcher m = literalKey.matcher(Files.readString(template));
        while (m.find()) {
          if (!known.contains(m.group(1))) {
            missing.add(template.getFileName() + ": " + m.group(1));
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  static Properties load(Path file) throws IOException {
    Properties properties = new Properties();
    try (Reader reader =
        new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }
}
