package org.safeports.forum;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.safeports.forum.ForumListRows.CategoryCard;
import org.safeports.forum.ForumListRows.CategoryRow;
import org.safeports.forum.ForumListRows.LatestLine;
import org.safeports.platform.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The forum's categories as one reader sees them: those they may read, each with its counts and
 * latest-post line, and a top-level category's counts over its readable sub-categories alone, so
 * that nothing of a category the reader may not read reaches the page.
 */
@Service
class ForumCategoryLists {

  private final JdbcClient jdbc;

  ForumCategoryLists(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every category the reader may read, in order, parents and children alike. */
  @Transactional(readOnly = true)
  List<CategoryRow> categories(ForumReader reader, String language) {
    return jdbc.sql(
            """
            select c.id, c.slug, c.parent_id, c.audience, ct.name, ct.description, ct.language,
                   c.topic_count, c.post_count, c.last_topic_id, lt.title, lt.slug,
                   lt.last_post_number, c.last_post_at, c.last_post_author_name
              from forum_category c
            """
                + ForumListSql.CATEGORY_TEXT
                + """
              left join forum_topic lt on lt.id = c.last_topic_id
             where """
                + " "
                + ForumAudience.SQL_PREDICATE
                + " order by c.position, c.id")
        .param("lang", language)
        .param("readable", reader.readableNames())
        .query(ForumListSql::category)
        .list();
  }

  /** The forum's home: readable top-level categories, each with its readable sub-categories. */
  @Transactional(readOnly = true)
  List<CategoryCard> home(ForumReader reader, String language) {
    List<CategoryRow> all = categories(reader, language);
    List<CategoryCard> cards = new ArrayList<>();
    for (CategoryRow top : all) {
      if (top.parentId() == null) {
        List<CategoryRow> children =
            all.stream().filter(c -> Objects.equals(c.parentId(), top.id())).toList();
        cards.add(card(top, children));
      }
    }
    return cards;
  }

  /** A readable category by its address; not found for one the reader may not read. */
  @Transactional(readOnly = true)
  CategoryPage category(ForumReader reader, String slug, String language) {
    List<CategoryRow> all = categories(reader, language);
    CategoryRow category =
        all.stream()
            .filter(c -> c.slug().equals(slug))
            .findFirst()
            .orElseThrow(NotFoundException::new);
    List<CategoryRow> children =
        all.stream().filter(c -> Objects.equals(c.parentId(), category.id())).toList();
    CategoryRow parent =
        category.parentId() == null
            ? null
            : all.stream().filter(c -> c.id() == category.parentId()).findFirst().orElse(null);
    return new CategoryPage(category, parent, children);
  }

  /** A category with where it sits: its parent (if any) and its readable sub-categories. */
  record CategoryPage(CategoryRow category, CategoryRow parent, List<CategoryRow> children) {}

  private static CategoryCard card(CategoryRow top, List<CategoryRow> children) {
    int topics = top.topicCount();
    int posts = top.postCount();
    LatestLine latest = top.latest();
    for (CategoryRow child : children) {
      topics += child.topicCount();
      posts += child.postCount();
      latest = later(latest, child.latest());
    }
    return new CategoryCard(top, children, topics, posts, latest);
  }

  private static LatestLine later(LatestLine a, LatestLine b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return Comparator.comparing(LatestLine::at).compare(a, b) >= 0 ? a : b;
  }
}
