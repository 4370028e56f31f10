package org.safeports.library;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.safeports.platform.security.PortalRole;
import org.safeports.platform.security.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may pick from the library and show of it: published documents found by their
 * title and description, and documents looked up by id, each with its title in the reader's
 * language and its access level. Only published documents are ever returned; the file itself is
 * still served by the library alone, under its own checks.
 */
@Component
public class LibraryCatalogue {

  /** The most documents a search returns. */
  public static final int MOST = 20;

  /** The words of a search in the four languages' configurations, OR-ed, as the library's own. */
  private static final String QUERY =
      "(websearch_to_tsquery('english', :q) || websearch_to_tsquery('spanish', :q)"
          + " || websearch_to_tsquery('portuguese', :q) || websearch_to_tsquery('french', :q))";

  private static final String COLUMNS =
      """
      select d.id, coalesce(mine.title, own.title, d.id::text) as title, d.doc_type, d.year,
             d.access_level
      from library_document d
      left join library_description mine on mine.document_id = d.id and mine.language = :lang
      left join library_description own on own.document_id = d.id and own.language = d.language
      """;

  /**
   * A published document as other modules see it.
   *
   * @param type the document's type (CONTINGENCY_PLAN, PRESENTATION...), for a label
   * @param accessLevel PUBLIC, MEMBERS, DELEGATES or PFSOS
   */
  public record Card(long id, String title, String type, int year, String accessLevel) {

    /** Whether anyone, signed in or not, may open the file. */
    public boolean openToEveryone() {
      return AccessLevel.valueOf(accessLevel) == AccessLevel.PUBLIC;
    }

    /** Whether every signed-in account, whatever its roles, may open the file. */
    public boolean openToEveryAccount() {
      return AccessLevel.valueOf(accessLevel)
          .readableBy(new Viewer("any", java.util.Set.of(PortalRole.USER.name())));
    }

    /** Whether this reader may open the file. */
    public boolean readableBy(Viewer viewer) {
      return AccessLevel.valueOf(accessLevel).readableBy(viewer);
    }
  }

  private final JdbcClient jdbc;

  LibraryCatalogue(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Published documents whose title or description matches the words (full-text in the four
   * languages, or a part of a title), the best first, at most {@link #MOST}.
   */
  @Transactional(readOnly = true)
  public List<Card> find(String words, Locale locale) {
    String q = words == null ? "" : words.strip();
    if (q.isEmpty()) {
      return List.of();
    }
    String like =
        "%"
            + q.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_")
            + "%";
    return jdbc.sql(
            COLUMNS
                + """
                where d.status = 'PUBLISHED'
                  and (d.meta_search @@ %s
                       or exists (select 1 from library_description t
                                  where t.document_id = d.id and lower(t.title) like :like))
                order by ts_rank(d.meta_search, %s) desc, d.published_at desc, d.id desc
                limit :most
                """
                    .formatted(QUERY, QUERY))
        .param("lang", locale.getLanguage())
        .param("q", q)
        .param("like", like)
        .param("most", MOST)
        .query(LibraryCatalogue::card)
        .list();
  }

  /** The published documents among these ids, in no particular order; others are left out. */
  @Transactional(readOnly = true)
  public List<Card> published(Collection<Long> ids, Locale locale) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(COLUMNS + " where d.status = 'PUBLISHED' and d.id in (:ids)")
        .param("lang", locale.getLanguage())
        .param("ids", new ArrayList<>(ids))
        .query(LibraryCatalogue::card)
        .list();
  }

  private static Card card(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new Card(
        rs.getLong("id"),
        rs.getString("title"),
        rs.getString("doc_type"),
        rs.getInt("year"),
        rs.getString("access_level"));
  }
}
