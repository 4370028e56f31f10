package org.safeports.forum;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * Full-text search of the forum: visible posts, and topic titles (a title hit is its topic's first
 * post), each in its own language's configuration. The words are parsed as a web search in all four
 * languages and the four queries OR-ed into one, so one GIN index scan per table finds them
 * whatever language they were written in. Hits, their count and their snippets carry the audience
 * rule: what the reader may not read is never matched. Public: the site search reuses it.
 */
@Service
@Transactional(readOnly = true)
public class ForumSearch {

  public static final int MAX_QUERY_LENGTH = 200;
  public static final int PAGE_SIZE = 20;

  /** Pages beyond this are not offered: a reader refines the words instead. */
  public static final int MAX_PAGES = 25;

  /**
   * One hit. {@code snippetHtml} is the post's text around the words found, escaped, with only
   * {@code <mark>} elements added around them: safe to insert as HTML.
   */
  public record Hit(String title, String snippetHtml, String path, Instant date, String language) {}

  /** A page of hits; {@code total} counts at most {@link #countLimit()} hits. */
  public record Results(List<Hit> hits, long total, int page, int pages) {

    public boolean capped() {
      return total >= countLimit();
    }

    public static long countLimit() {
      return (long) PAGE_SIZE * MAX_PAGES;
    }
  }

  /** Marks the words found; no text can hold these characters (they are taken out of it first). */
  private static final char START = '\u0001';

  private static final char STOP = '\u0002';

  private static final String QUERY =
      """
      with q as (
        select websearch_to_tsquery('spanish', :q) || websearch_to_tsquery('english', :q)
            || websearch_to_tsquery('portuguese', :q) || websearch_to_tsquery('french', :q) as query
      ),
      matched as (
        select p.id as post_id, ts_rank_cd(p.search, q.query) as rank
          from forum_post p, q
         where p.search @@ q.query and p.state = 'VISIBLE'
        union all
        select p.id, ts_rank_cd(t.search, q.query) + 1
          from forum_topic t, q, forum_post p
         where t.search @@ q.query and p.topic_id = t.id and p.number = 1 and p.state = 'VISIBLE'
      ),
      hits as (select post_id, sum(rank) as rank from matched group by post_id),
      readable as (
        select h.rank, p.id, p.number, p.language, p.created_at, p.body_text,
               t.id as topic_id, t.title, t.slug
          from hits h
          join forum_post p on p.id = h.post_id
          join forum_topic t on t.id = p.topic_id
          join forum_category c on c.id = t.category_id
         where t.state = 'VISIBLE' and t.merged_into_id is null and
      """
          + ForumAudience.SQL_PREDICATE
          + """
           and (cast(:category as varchar) is null or c.slug = :category
                or c.parent_id = (select x.id from forum_category x where x.slug = :category))
      )
      """;

  private final JdbcClient jdbc;

  ForumSearch(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * A page (from 0) of what the reader may read that matches the words, best first, optionally
   * within a category and its sub-categories (by slug). Words must be 1 to {@link
   * #MAX_QUERY_LENGTH} characters after trimming: the caller checks ({@link #problemWith}).
   */
  public Results search(ForumReader reader, String words, String categorySlug, int page) {
    String q = words.strip();
    int wanted = Math.max(0, Math.min(page, MAX_PAGES - 1));
    long total =
        jdbc.sql(QUERY + " select count(*) from (select 1 from readable limit :cap) n")
            .param("q", q)
            .param("readable", reader.readableNames())
            .param("category", categorySlug)
            .param("cap", Results.countLimit())
            .query(Long.class)
            .single();
    List<Hit> hits =
        jdbc.sql(
                QUERY
                    + """
                    select r.topic_id, r.slug, r.number, r.title, r.language, r.created_at,
                           ts_headline(forum_ts_config(r.language),
                                       translate(r.body_text, chr(1) || chr(2), ''), q.query,
                                       'StartSel=' || chr(1) || ', StopSel=' || chr(2)
                                       || ', MaxWords=30, MinWords=12, MaxFragments=2,'
                                       || ' FragmentDelimiter=" … "') as snippet
                      from (select * from readable order by rank desc, id desc
                             limit :limit offset :offset) r, q
                     order by r.rank desc, r.id desc
                    """)
            .param("q", q)
            .param("readable", reader.readableNames())
            .param("category", categorySlug)
            .param("limit", PAGE_SIZE)
            .param("offset", wanted * PAGE_SIZE)
            .query(
                (rs, n) -> {
                  Timestamp at = rs.getTimestamp("created_at");
                  int number = rs.getInt("number");
                  return new Hit(
                      rs.getString("title"),
                      marked(rs.getString("snippet")),
                      "/forum/t/"
                          + rs.getLong("topic_id")
                          + "/"
                          + rs.getString("slug")
                          + "?from="
                          + number
                          + "#post-"
                          + number,
                      at == null ? null : at.toInstant(),
                      rs.getString("language"));
                })
            .list();
    int pages = (int) Math.min(MAX_PAGES, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    return new Results(hits, total, wanted, pages);
  }

  /** The message key of what is wrong with the words, or null when they can be searched. */
  public static String problemWith(String words) {
    if (words == null || words.isBlank()) {
      return "forum.search.error.empty";
    }
    if (words.strip().length() > MAX_QUERY_LENGTH) {
      return "forum.search.error.tooLong";
    }
    return null;
  }

  /** The snippet escaped as HTML, then the marks of the words found made {@code <mark>}. */
  static String marked(String snippet) {
    if (snippet == null) {
      return "";
    }
    return HtmlUtils.htmlEscape(snippet, "UTF-8")
        .replace(String.valueOf(START), "<mark>")
        .replace(String.valueOf(STOP), "</mark>");
  }
}
