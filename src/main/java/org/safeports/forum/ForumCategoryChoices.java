package org.safeports.forum;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The categories a reader may read, named in their language (English, then the slug, when a name is
 * missing), each sub-category after its parent and named with it: for the search's filter.
 */
@Component
class ForumCategoryChoices {

  /** One choice: the slug is the value sent, the name what the reader sees. */
  record Choice(String slug, String name) {}

  private final JdbcClient jdbc;

  ForumCategoryChoices(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Choice> readable(ForumReader reader, String language) {
    record Row(long id, String slug, Long parentId, String name) {}
    List<Row> rows =
        jdbc.sql(
                """
                select c.id, c.slug, c.parent_id, coalesce(l.name, e.name, c.slug) as name
                  from forum_category c
                  left join forum_category_text l on l.category_id = c.id and l.language = :lang
                  left join forum_category_text e on e.category_id = c.id and e.language = 'en'
                 where
                """
                    + ForumAudience.SQL_PREDICATE
                    + " order by c.position, c.id")
            .param("lang", language)
            .param("readable", reader.readableNames())
            .query(
                (rs, n) ->
                    new Row(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getObject(3) == null ? null : rs.getLong(3),
                        rs.getString(4)))
            .list();
    Map<Long, Row> byId = new LinkedHashMap<>();
    rows.forEach(r -> byId.put(r.id(), r));
    List<Choice> choices = new ArrayList<>();
    for (Row parent : rows) {
      if (parent.parentId() != null && byId.containsKey(parent.parentId())) {
        continue;
      }
      choices.add(new Choice(parent.slug(), parent.name()));
      for (Row child : rows) {
        if (parent.id() == (child.parentId() == null ? -1 : child.parentId())) {
          choices.add(new Choice(child.slug(), parent.name() + " › " + child.name()));
        }
      }
    }
    return choices;
  }
}
