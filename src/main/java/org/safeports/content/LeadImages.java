package org.safeports.content;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safeports.platform.media.LeadImage;
import org.safeports.platform.media.LeadImageForm;
import org.safeports.platform.media.WebImages;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lead image of a news item or page: one of its uploaded images, with smaller copies for {@code
 * srcset}, a credit, and alternative text and caption in each language.
 */
@Component
class LeadImages {

  /** The words of the lead image in one language. */
  record Text(String alt, String caption) {
    boolean isEmpty() {
      return (alt == null || alt.isBlank()) && (caption == null || caption.isBlank());
    }
  }

  /** The lead image as the editor's form shows it. */
  record Editing(
      long imageId,
      String path,
      int width,
      int height,
      String credit,
      boolean decorative,
      Map<String, Text> texts) {

    /** The form as it shows this lead image, or an empty one for none. */
    static LeadImageForm form(Editing lead) {
      if (lead == null) {
        return LeadImageForm.empty();
      }
      Map<String, String> alts = new java.util.HashMap<>();
      Map<String, String> captions = new java.util.HashMap<>();
      lead.texts()
          .forEach(
              (language, text) -> {
                alts.put(language, text.alt());
                captions.put(language, text.caption());
              });
      return LeadImageForm.showing(
          lead.imageId(), lead.credit(), lead.decorative(), alts, captions);
    }
  }

  private final JdbcClient jdbc;
  private final WebImages webImages;
  private final org.springframework.context.ApplicationEventPublisher events;

  LeadImages(
      JdbcClient jdbc,
      WebImages webImages,
      org.springframework.context.ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.webImages = webImages;
    this.events = events;
  }

  /** Makes one of the item's images its lead image, with its smaller copies. */
  @Transactional
  void set(
      long itemId,
      ContentKind kind,
      long imageId,
      String credit,
      boolean decorative,
      Map<String, Text> texts) {
    makeVariants(imageId);
    events.publishEvent(new ContentChanged(itemId, kind));
    jdbc.sql(
            """
            insert into content_lead_image (item_id, image_id, credit, decorative)
            values (:item, :image, :credit, :decorative)
            on conflict (item_id) do update
              set image_id = excluded.image_id, credit = excluded.credit,
                  decorative = excluded.decorative
            """)
        .param("item", itemId)
        .param("image", imageId)
        .param("credit", credit)
        .param("decorative", decorative)
        .update();
    jdbc.sql("delete from content_lead_image_text where item_id = :item")
        .param("item", itemId)
        .update();
    texts.forEach(
        (language, text) -> {
          if (!text.isEmpty()) {
            jdbc.sql(
                    "insert into content_lead_image_text (item_id, language, alt_text, caption)"
                        + " values (:item, :language, :alt, :caption)")
                .param("item", itemId)
                .param("language", language)
                .param("alt", decorative ? null : text.alt())
                .param("caption", text.caption())
                .update();
          }
        });
  }

  @Transactional
  void remove(long itemId, ContentKind kind) {
    events.publishEvent(new ContentChanged(itemId, kind));
    jdbc.sql("delete from content_lead_image where item_id = :item").param("item", itemId).update();
  }

  /** Whether the image is one of this item's own uploads. */
  @Transactional(readOnly = true)
  boolean belongsTo(long imageId, long itemId) {
    return jdbc.sql("select count(*) from content_image where id = :image and item_id = :item")
            .param("image", imageId)
            .param("item", itemId)
            .query(Long.class)
            .single()
        > 0;
  }

  @Transactional(readOnly = true)
  Optional<Editing> forEditor(long itemId) {
    Map<String, Text> texts = new LinkedHashMap<>();
    jdbc.sql(
            "select language, alt_text, caption from content_lead_image_text where item_id = :item")
        .param("item", itemId)
        .query((rs, n) -> texts.put(rs.getString(1), new Text(rs.getString(2), rs.getString(3))))
        .list();
    return jdbc.sql(
            """
            select l.image_id, i.file_name, i.width, i.height, l.credit, l.decorative
            from content_lead_image l join content_image i on i.id = l.image_id
            where l.item_id = :item
            """)
        .param("item", itemId)
        .query(
            (rs, n) ->
                new Editing(
                    rs.getLong(1),
                    "/media/" + rs.getLong(1) + "/" + rs.getString(2),
                    rs.getInt(3),
                    rs.getInt(4),
                    rs.getString(5),
                    rs.getBoolean(6),
                    texts))
        .optional();
  }

  /**
   * The lead image for the page in {@code language}, its words in that language or else in the
   * original's (then marked with the original's language). One statement.
   */
  @Transactional(readOnly = true)
  Optional<LeadImage> forPage(long itemId, String language, String originalLanguage) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + """
                from content_lead_image li
                join content_image ci on ci.id = li.image_id
                left join content_lead_image_text lo
                  on lo.item_id = li.item_id and lo.language = :original
                left join content_lead_image_text lt
                  on lt.item_id = li.item_id and lt.language = :language and lt.language <> :original
                where li.item_id = :item
                """)
        .param("item", itemId)
        .param("language", language)
        .param("original", originalLanguage)
        .query((rs, n) -> read(rs, language, originalLanguage))
        .optional();
  }

  /** The columns {@link #read} needs; the joins are those of {@link #forPage} or of a card. */
  static final String COLUMNS =
      """
      li.image_id as lead_id, ci.file_name as lead_name, ci.width as lead_width,
      ci.height as lead_height, li.credit as lead_credit, li.decorative as lead_decorative,
      case when lt.item_id is not null then lt.alt_text else lo.alt_text end as lead_alt,
      case when lt.item_id is not null then lt.caption else lo.caption end as lead_caption,
      (lt.item_id is null) as lead_in_original
      """;

  /** The joins for a card whose item is {@code i}, shown in {@code :lang} or its original. */
  static final String CARD_JOINS =
      """
      left join content_lead_image li on li.item_id = i.id
      left join content_image ci on ci.id = li.image_id
      left join content_lead_image_text lo
        on lo.item_id = li.item_id and lo.language = i.original_language
      left join content_lead_image_text lt
        on lt.item_id = li.item_id and lt.language = coalesce(t.language, o.language)
           and lt.language <> i.original_language
      """;

  /** The lead image of a row read with {@link #COLUMNS}, or null when the item has none. */
  static LeadImage read(ResultSet rs, String shownLanguage, String originalLanguage)
      throws SQLException {
    long id = rs.getLong("lead_id");
    if (rs.wasNull()) {
      return null;
    }
    String name = rs.getString("lead_name");
    boolean decorative = rs.getBoolean("lead_decorative");
    boolean inOriginal = rs.getBoolean("lead_in_original");
    return LeadImage.of(
        w -> "/media/" + id + "/" + w + "/" + name,
        "/media/" + id + "/" + name,
        rs.getInt("lead_width"),
        rs.getInt("lead_height"),
        decorative ? "" : rs.getString("lead_alt"),
        rs.getString("lead_caption"),
        rs.getString("lead_credit"),
        inOriginal ? originalLanguage : shownLanguage);
  }

  /** A copy of the image {@code width} pixels wide, when it has one. */
  @Transactional(readOnly = true)
  Optional<Variant> variant(long imageId, int width) {
    return jdbc.sql(
            "select content_type, bytes from content_image_variant"
                + " where image_id = :image and width = :width")
        .param("image", imageId)
        .param("width", width)
        .query((rs, n) -> new Variant(rs.getString(1), rs.getBytes(2)))
        .optional();
  }

  record Variant(String contentType, byte[] bytes) {}

  private void makeVariants(long imageId) {
    boolean made =
        jdbc.sql("select count(*) from content_image_variant where image_id = :image")
                .param("image", imageId)
                .query(Long.class)
                .single()
            > 0;
    if (made) {
      return;
    }
    byte[] original =
        jdbc.sql("select bytes from content_image where id = :image")
            .param("image", imageId)
            .query(byte[].class)
            .single();
    List<WebImages.Variant> variants = webImages.variants(original);
    for (WebImages.Variant v : variants) {
      jdbc.sql(
              "insert into content_image_variant (image_id, width, height, content_type, bytes)"
                  + " values (:image, :width, :height, :type, :bytes)")
          .param("image", imageId)
          .param("width", v.width())
          .param("height", v.height())
          .param("type", v.contentType())
          .param("bytes", v.bytes())
          .update();
    }
  }
}
