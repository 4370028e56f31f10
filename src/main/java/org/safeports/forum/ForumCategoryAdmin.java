package org.safeports.forum;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.safeports.platform.NotFoundException;
import org.safeports.platform.audit.AuditAction;
import org.safeports.platform.audit.AuditEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat's categories: one level of sub-categories, each at least as restricted as its
 * parent (and a parent never more restricted than its sub-categories), a unique address, and a name
 * in Spanish or English at least. Every save is audited.
 */
@Service
class ForumCategoryAdmin {

  /** A line of the categories list: the name in the reader's language and what is missing. */
  record Row(
      long id,
      String slug,
      String name,
      boolean child,
      ForumAudience audience,
      int position,
      int topicCount,
      List<String> missing) {}

  /** A category a new one may be put under (a top-level one). */
  record Parent(long id, String label) {}

  private final ForumCategoryRepository categories;
  private final ForumModerationLog log;
  private final JdbcClient jdbc;

  ForumCategoryAdmin(ForumCategoryRepository categories, ForumModerationLog log, JdbcClient jdbc) {
    this.categories = categories;
    this.log = log;
    this.jdbc = jdbc;
  }

  /** Top-level categories in order, each followed by its sub-categories. */
  @Transactional(readOnly = true)
  List<Row> list(String language) {
    List<ForumCategory> all =
        categories.findAll(org.springframework.data.domain.Sort.by("position", "id"));
    Map<Long, Map<String, String[]>> texts = texts();
    List<Row> rows = new ArrayList<>();
    for (ForumCategory top : all.stream().filter(c -> c.parentId() == null).toList()) {
      rows.add(row(top, texts, language));
      all.stream()
          .filter(c -> top.id().equals(c.parentId()))
          .forEach(c -> rows.add(row(c, texts, language)));
    }
    return rows;
  }

  @Transactional(readOnly = true)
  List<Parent> parents(Long except, String language) {
    Map<Long, Map<String, String[]>> texts = texts();
    return categories.findAll(org.springframework.data.domain.Sort.by("position", "id")).stream()
        .filter(c -> c.parentId() == null && !c.id().equals(except))
        .map(c -> new Parent(c.id(), name(texts.get(c.id()), language, c.slug())))
        .toList();
  }

  @Transactional(readOnly = true)
  ForumCategoryForm form(long id) {
    ForumCategory category = categories.findById(id).orElseThrow(NotFoundException::new);
    return ForumCategoryForm.of(category, texts().getOrDefault(id, Map.of()));
  }

  @Transactional
  long create(ForumCategoryForm form) {
    check(null, form);
    ForumCategory category =
        categories.save(
            new ForumCategory(form.slug(), form.parentId(), form.position(), form.audience()));
    writeTexts(category.id(), form);
    log.audit(AuditAction.FORUM_CATEGORY_SAVED, category.id(), null, fields(category), null);
    return category.id();
  }

  @Transactional
  void update(long id, ForumCategoryForm form) {
    ForumCategory category = categories.findById(id).orElseThrow(NotFoundException::new);
    check(category, form);
    Map<String, Object> before = fields(category);
    ForumAudience audienceBefore = category.audience();
    category.place(form.slug(), form.parentId(), form.position(), form.audience());
    writeTexts(id, form);
    if (category.audience() != audienceBefore) {
      log.search().category(id);
    }
    log.audit(AuditAction.FORUM_CATEGORY_SAVED, id, before, fields(category), null);
  }

  private void check(ForumCategory category, ForumCategoryForm form) {
    categories
        .findBySlug(form.slug())
        .filter(other -> category == null || !other.id().equals(category.id()))
        .ifPresent(
            other -> {
              throw new ForumModerationRefused("slug", "forum.admin.category.slugTaken");
            });
    if (blank(form.nameEs()) && blank(form.nameEn())) {
      throw new ForumModerationRefused("nameEs", "forum.admin.category.nameRequired");
    }
    for (var text : form.texts().entrySet()) {
      if (blank(text.getValue()[0]) && !blank(text.getValue()[1])) {
        throw new ForumModerationRefused(
            "name" + capitalised(text.getKey()), "forum.admin.category.nameForDescription");
      }
    }
    List<ForumCategory> children =
        category == null
            ? List.of()
            : categories.findAll().stream()
                .filter(c -> category.id().equals(c.parentId()))
                .toList();
    if (form.parentId() != null) {
      ForumCategory parent =
          categories
              .findById(form.parentId())
              .filter(p -> p.parentId() == null)
              .filter(p -> category == null || !p.id().equals(category.id()))
              .orElseThrow(
                  () ->
                      new ForumModerationRefused("parentId", "forum.admin.category.parentInvalid"));
      if (!children.isEmpty()) {
        throw new ForumModerationRefused("parentId", "forum.admin.category.hasChildren");
      }
      if (!form.audience().atLeast(parent.audience())) {
        throw new ForumModerationRefused("audience", "forum.admin.category.moreOpenThanParent");
      }
    }
    if (children.stream().anyMatch(c -> !c.audience().atLeast(form.audience()))) {
      throw new ForumModerationRefused(
          "audience", "forum.admin.category.moreRestrictedThanChildren");
    }
  }

  private void writeTexts(long id, ForumCategoryForm form) {
    jdbc.sql("delete from forum_category_text where category_id = :id").param("id", id).update();
    form.texts()
        .forEach(
            (language, text) -> {
              if (!blank(text[0])) {
                jdbc.sql(
                        "insert into forum_category_text (category_id, language, name, description)"
                            + " values (:id, :language, :name, :description)")
                    .param("id", id)
                    .param("language", language)
                    .param("name", text[0])
                    .param("description", text[1] == null ? "" : text[1])
                    .update();
              }
            });
  }

  private Map<Long, Map<String, String[]>> texts() {
    Map<Long, Map<String, String[]>> texts = new HashMap<>();
    jdbc.sql("select category_id, language, name, description from forum_category_text")
        .query(
            (org.springframework.jdbc.core.RowCallbackHandler)
                rs ->
                    texts
                        .computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                        .put(
                            rs.getString(2),
                            new String[] {
                              rs.getString(3), rs.getString(4).isEmpty() ? null : rs.getString(4)
                            }));
    return texts;
  }

  private static Row row(ForumCategory c, Map<Long, Map<String, String[]>> texts, String language) {
    Map<String, String[]> own = texts.getOrDefault(c.id(), Map.of());
    List<String> missing = new ArrayList<>();
    for (String l : ForumCategoryForm.LANGUAGES) {
      String[] text = own.get(l);
      if (text == null || text[1] == null) {
        missing.add(l);
      }
    }
    return new Row(
        c.id(),
        c.slug(),
        name(own, language, c.slug()),
        c.parentId() != null,
        c.audience(),
        c.position(),
        c.topicCount(),
        missing);
  }

  private static String name(Map<String, String[]> texts, String language, String fallback) {
    if (texts == null) {
      return fallback;
    }
    for (String l : List.of(language, "es", "en", "pt", "fr")) {
      if (texts.containsKey(l)) {
        return texts.get(l)[0];
      }
    }
    return fallback;
  }

  private static Map<String, Object> fields(ForumCategory c) {
    return AuditEntry.fields(
        "slug",
        c.slug(),
        "parent",
        c.parentId(),
        "position",
        c.position(),
        "audience",
        c.audience());
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static String capitalised(String language) {
    return Character.toUpperCase(language.charAt(0)) + language.substring(1);
  }
}
