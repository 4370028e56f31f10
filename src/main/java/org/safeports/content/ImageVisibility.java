package org.safeports.content;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Whether visitors may see an image: the same rule as for the texts it belongs to. */
@Component
class ImageVisibility {

  private final JdbcClient jdbc;
  private final Clock clock;

  ImageVisibility(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Its own item is visible, or a text that visitors read shows it: an editor may use an image
   * uploaded for another item.
   */
  boolean isPublic(long imageId, long itemId) {
    return jdbc.sql(
            """
            select exists (
              select 1 from content_item i
              where i.id = :itemId and i.status = 'PUBLISHED'
                and (i.publish_at is null or i.publish_at <= :now))
            or exists (
              select 1 from content_item i
              join content_translation t on t.item_id = i.id
              where i.status = 'PUBLISHED' and (i.publish_at is null or i.publish_at <= :now)
                and (t.status = 'PUBLISHED' or t.language = i.original_language)
                and strpos(t.body_html, :path) > 0)
            """)
        .param("itemId", itemId)
        .param("now", Timestamp.from(clock.instant()))
        .param("path", "/media/" + imageId + "/")
        .query(Boolean.class)
        .single();
  }
}
