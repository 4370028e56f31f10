package org.safeports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every form field of the portal comes from {@code templates/fragments/forms.html}, so that each
 * has its label, hint, error and aria attributes in the same order. A page writes only hidden
 * inputs and buttons itself.
 */
class FormTemplatesTest {

  static final Path TEMPLATES = Path.of("src/main/resources/templates");

  /** Folders (under templates/) whose pages still build their fields by hand. */
  static final List<String> FOLDERS_WITH_HAND_BUILT_FIELDS = List.of("library/");

  /**
   * The parameters of the form fragments. They are read from the context like any variable, so a
   * model attribute or a path variable (Spring puts those in the model too) of the same name would
   * fill a parameter the page did not pass. Left out: {@code name}, {@code action} and country's
   * {@code countries}, which every call that reads them passes.
   */
  static final Set<String> FRAGMENT_PARAMETERS =
      Set.of(
          "field",
          "value",
          "fieldId",
          "label",
          "labelText",
          "hint",
          "hintText",
          "error",
          "errorText",
          "required",
          "type",
          "autocomplete",
          "maxlength",
          "inputmode",
          "min",
          "max",
          "step",
          "lines",
          "previewTarget",
          "options",
          "optionValue",
          "optionLabel",
          "optionLabelPrefix",
          "choose",
          "checked",
          "accept",
          "maxBytes",
          "tooLarge",
          "sizeHint",
          "zone",
          "object",
          "objects",
          "order",
          "errors",
          "globalTarget",
          "fields",
          "submit",
          "clear",
          "extraClass");

  static final Pattern FIELD_TAG =
      Pattern.compile("<(input|select|textarea)\\b[^>]*>", Pattern.CASE_INSENSITIVE);

  static final Pattern MODEL_ATTRIBUTE =
      Pattern.compile("(?:addAttribute|addFlashAttribute|@ModelAttribute)\\(\\s*\"(\\w+)\"");

  static final Pattern MAPPING =
      Pattern.compile("@(?:Get|Post|Put|Delete|Request)Mapping\\(([^)]*)\\)");

  static final Pattern PATH_VARIABLE = Pattern.compile("\\{(\\w+)}");

  @Test
  void pagesTakeTheirFieldsFromTheFormFragments() throws IOException {
    List<String> handBuilt = new ArrayList<>();
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
        String relative = TEMPLATES.relativize(file).toString().replace('\\', '/');
        if (relative.equals("fragments/forms.html")
            || FOLDERS_WITH_HAND_BUILT_FIELDS.stream().anyMatch(relative::startsWith)) {
          continue;
        }
        Matcher tag = FIELD_TAG.matcher(Files.readString(file));
        while (tag.find()) {
          if (!isHidden(tag.group())) {
            handBuilt.add(relative + ": " + tag.group().replaceAll("\\s+", " "));
          }
        }
      }
    }
    assertThat(handBuilt).as("fields written by hand instead of fragments/forms.html").isEmpty();
  }

  @Test
  void theCheckSeesAHandBuiltField() {
    assertThat(FIELD_TAG.matcher("<p><input type=\"text\" name=\"q\"></p>").find()).isTrue();
    assertThat(FIELD_TAG.matcher("<select\n  id=\"role\">").find()).isTrue();
    assertThat(isHidden("<input type=\"text\" name=\"hidden\">")).isFalse();
    assertThat(isHidden("<input type=\"hidden\" th:field=\"*{version}\">")).isTrue();
  }

  @Test
  void noModelAttributeOrPathVariableIsNamedLikeAFragmentParameter() throws IOException {
    List<String> clashes = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String source = read(file);
        Matcher attribute = MODEL_ATTRIBUTE.matcher(source);
        while (attribute.find()) {
          if (FRAGMENT_PARAMETERS.contains(attribute.group(1))) {
            clashes.add(file.getFileName() + ": model attribute " + attribute.group(1));
          }
        }
        Matcher mapping = MAPPING.matcher(source);
        while (mapping.find()) {
          Matcher variable = PATH_VARIABLE.matcher(mapping.group(1));
          while (variable.find()) {
            if (FRAGMENT_PARAMETERS.contains(variable.group(1))) {
              clashes.add(file.getFileName() + ": path variable " + variable.group(1));
            }
          }
        }
      }
    }
    assertThat(clashes).isEmpty();
  }

  @Test
  void theClashCheckSeesAPathVariable() {
    Matcher mapping = MAPPING.matcher("@GetMapping(\"/admin/things/{id}/{value}\")");
    assertThat(mapping.find()).isTrue();
    Matcher variable = PATH_VARIABLE.matcher(mapping.group(1));
    assertThat(variable.find() && variable.find()).isTrue();
    assertThat(variable.group(1)).isEqualTo("value");
  }

  static boolean isHidden(String tag) {
    return tag.startsWith("<input") && tag.matches("(?s).*\\stype=\"hidden\".*");
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
