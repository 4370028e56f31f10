package org.safeports.forum;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A category as the secretariat edits it: its address, place and audience, and its name and
 * description in each language. The name is required in Spanish or English (the service checks: it
 * is a rule across fields).
 */
record ForumCategoryForm(
    @NotBlank(message = "{forum.admin.category.slugRequired}")
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{forum.admin.category.slugInvalid}")
        @Size(max = 80, message = "{forum.admin.category.slugInvalid}")
        String slug,
    Long parentId,
    @NotNull(message = "{forum.admin.category.positionInvalid}")
        @Min(value = 0, message = "{forum.admin.category.positionInvalid}")
        @Max(value = 9999, message = "{forum.admin.category.positionInvalid}")
        Integer position,
    @NotNull(message = "{forum.admin.category.audienceRequired}") ForumAudience audience,
    @Size(max = 120, message = "{forum.admin.category.nameTooLong}") String nameEs,
    @Size(max = 120, message = "{forum.admin.category.nameTooLong}") String nameEn,
    @Size(max = 120, message = "{forum.admin.category.nameTooLong}") String namePt,
    @Size(max = 120, message = "{forum.admin.category.nameTooLong}") String nameFr,
    @Size(max = 500, message = "{forum.admin.category.descriptionTooLong}") String descriptionEs,
    @Size(max = 500, message = "{forum.admin.category.descriptionTooLong}") String descriptionEn,
    @Size(max = 500, message = "{forum.admin.category.descriptionTooLong}") String descriptionPt,
    @Size(max = 500, message = "{forum.admin.category.descriptionTooLong}") String descriptionFr) {

  static final java.util.List<String> LANGUAGES = java.util.List.of("es", "en", "pt", "fr");

  static ForumCategoryForm empty() {
    return new ForumCategoryForm(
        null, null, 0, ForumAudience.PUBLIC, null, null, null, null, null, null, null, null);
  }

  static ForumCategoryForm of(ForumCategory category, Map<String, String[]> texts) {
    String[] none = {null, null};
    return new ForumCategoryForm(
        category.slug(),
        category.parentId(),
        category.position(),
        category.audience(),
        texts.getOrDefault("es", none)[0],
        texts.getOrDefault("en", none)[0],
        texts.getOrDefault("pt", none)[0],
        texts.getOrDefault("fr", none)[0],
        texts.getOrDefault("es", none)[1],
        texts.getOrDefault("en", none)[1],
        texts.getOrDefault("pt", none)[1],
        texts.getOrDefault("fr", none)[1]);
  }

  /** The name and description per language, in the form's order (blank ones as null). */
  Map<String, String[]> texts() {
    Map<String, String[]> texts = new LinkedHashMap<>();
    texts.put("es", new String[] {nameEs, descriptionEs});
    texts.put("en", new String[] {nameEn, descriptionEn});
    texts.put("pt", new String[] {namePt, descriptionPt});
    texts.put("fr", new String[] {nameFr, descriptionFr});
    return texts;
  }
}
