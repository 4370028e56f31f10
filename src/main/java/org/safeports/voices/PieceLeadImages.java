package org.safeports.voices;

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
 * The piece's image as its lead image: smaller copies for {@code srcset}, a credit, whether it is
 * decorative, and its alternative text and caption in each language. The file itself is a {@link
 * PieceImage} of kind {@code PIECE}; its revision is in every address, so each can be cached.
 */
@Component
class PieceLeadImages {

  /** The words of the lead image in one language. */
  record Text(String alt, String caption) {
    boolean isEmpty() {
      return (alt == null || alt.isBlank()) && (caption == null || caption.isBlank());
    }
  }

  /** The lead image as the forms show it. */
  record Editing(
      int width,
      int height,
      int revision,
      String credit,
      boolean decorative,
      Map<String, Text> texts) {}

  record Variant(String contentType, byte[] bytes) {}

  private final JdbcClient jdbc;
  private final WebImages webImages;

  PieceLeadImages(JdbcClient jdbc, WebImages webImages) {
    this.jdbc = jdbc;
    this.webImages = webImages;
  }

  /** After a new file: its copies replace the old ones. */
  @Transactional
  void replaceVariants(long pieceId, byte[] stored) {
    jdbc.sql("delete from voices_image_variant where piece_id = :piece")
        .param("piece", pieceId)
        .update();
    for (WebImages.Variant v : webImages.variants(stored)) {
      jdbc.sql(
              "insert into voices_image_variant (piece_id, width, height, content_type, bytes)"
                  + " values (:piece, :width, :height, :type, :bytes)")
          .param("piece", pieceId)
          .param("width", v.width())
          .param("height", v.height())
          .param("type", v.contentType())
          .param("bytes", v.bytes())
          .update();
    }
  }

  /** The credit and decorative mark, and the words in the languages given (others are kept). */
  @Transactional
  void saveWords(long pieceId, String credit, boolean decorative, Map<String, Text> texts) {
    jdbc.sql(
            "update voices_image set credit = :credit, decorative = :decorative"
                + " where piece_id = :piece and kind = 'PIECE'")
        .param("piece", pieceId)
        .param("credit", credit)
        .param("decorative", decorative)
        .update();
    texts.forEach(
        (language, text) -> {
          jdbc.sql("delete from voices_image_text where piece_id = :piece and language = :language")
              .param("piece", pieceId)
              .param("language", language)
              .update();
          if (!text.isEmpty()) {
            jdbc.sql(
                    "insert into voices_image_text (piece_id, language, alt_text, caption)"
                        + " values (:piece, :language, :alt, :caption)")
                .param("piece", pieceId)
                .param("language", language)
                .param("alt", decorative ? null : text.alt())
                .param("caption", text.caption())
                .update();
          }
        });
  }

  @Transactional
  void remove(long pieceId) {
    jdbc.sql("delete from voices_image where piece_id = :piece and kind = 'PIECE'")
        .param("piece", pieceId)
        .update();
    jdbc.sql("delete from voices_image_variant where piece_id = :piece")
        .param("piece", pieceId)
        .update();
    jdbc.sql("delete from voices_image_text where piece_id = :piece")
        .param("piece", pieceId)
        .update();
  }

  @Transactional(readOnly = true)
  Optional<Editing> forEditor(long pieceId) {
    Map<String, Text> texts = new LinkedHashMap<>();
    jdbc.sql("select language, alt_text, caption from voices_image_text where piece_id = :piece")
        .param("piece", pieceId)
        .query((rs, n) -> texts.put(rs.getString(1), new Text(rs.getString(2), rs.getString(3))))
        .list();
    return jdbc.sql(
            "select width, height, revision, credit, decorative from voices_image"
                + " where piece_id = :piece and kind = 'PIECE'")
        .param("piece", pieceId)
        .query(
            (rs, n) ->
                new Editing(
                    rs.getInt(1),
                    rs.getInt(2),
                    rs.getInt(3),
                    rs.getString(4),
                    rs.getBoolean(5),
                    texts))
        .optional();
  }

  /** The lead image for the piece's page in {@code language}; one statement. */
  @Transactional(readOnly = true)
  Optional<LeadImage> forPage(long pieceId, String language, String originalLanguage) {
    return jdbc.sql(
            "select p.id, p.language, "
                + COLUMNS
                + " from voices_piece p "
                + JOINS.replace(":lang", ":language")
                + " where p.id = :piece and li.piece_id is not null")
        .param("piece", pieceId)
        .param("language", language)
        .query((rs, n) -> read(rs, language, originalLanguage))
        .optional();
  }

  static final String COLUMNS =
      """
      li.piece_id as lead_id, li.width as lead_width, li.height as lead_height,
      li.revision as lead_revision, li.credit as lead_credit, li.decorative as lead_decorative,
      case when lt.piece_id is not null then lt.alt_text else lo.alt_text end as lead_alt,
      case when lt.piece_id is not null then lt.caption else lo.caption end as lead_caption,
      (lt.piece_id is null) as lead_in_original
      """;

  /** The joins for a piece {@code p} shown in {@code :lang}. */
  static final String JOINS =
      """
      left join voices_image li on li.piece_id = p.id and li.kind = 'PIECE'
      left join voices_image_text lo on lo.piece_id = li.piece_id and lo.language = p.language
      left join voices_image_text lt on lt.piece_id = li.piece_id and lt.language = :lang
           and lt.language <> p.language
      """;

  static LeadImage read(ResultSet rs, String shownLanguage, String originalLanguage)
      throws SQLException {
    long id = rs.getLong("lead_id");
    if (rs.wasNull()) {
      return null;
    }
    int revision = rs.getInt("lead_revision");
    boolean inOriginal = rs.getBoolean("lead_in_original");
    return LeadImage.of(
        w -> "/voices/images/" + id + "/piece/" + w + "?v=" + revision,
        "/voices/images/" + id + "/piece?v=" + revision,
        rs.getInt("lead_width"),
        rs.getInt("lead_height"),
        rs.getBoolean("lead_decorative") ? "" : rs.getString("lead_alt"),
        rs.getString("lead_caption"),
        rs.getString("lead_credit"),
        inOriginal ? originalLanguage : shownLanguage);
  }

  @Transactional(readOnly = true)
  Optional<Variant> variant(long pieceId, int width) {
    return jdbc.sql(
            "select content_type, bytes from voices_image_variant"
                + " where piece_id = :piece and width = :width")
        .param("piece", pieceId)
        .param("width", width)
        .query((rs, n) -> new Variant(rs.getString(1), rs.getBytes(2)))
        .optional();
  }

  /**
   * The words a form sends in the languages given (the others are left as they are), and what is
   * wrong with them beyond the form's own checks: no alternative text in the piece's language for
   * an image that is not decorative.
   */
  static Words read(LeadImageForm form, List<String> languages, String original) {
    Map<String, String> errors = new LinkedHashMap<>();
    Map<String, Text> texts = new LinkedHashMap<>();
    for (String code : languages) {
      texts.put(code, new Text(form.alt(code), form.caption(code)));
    }
    if (!form.marksDecorative()
        && texts.containsKey(original)
        && texts.get(original).alt() == null) {
      errors.put(LeadImageForm.altField(original), "voices.lead.altRequired");
    }
    return new Words(form.creditGiven(), form.marksDecorative(), texts, errors);
  }

  /** The form as it shows a lead image, or an empty one for none. */
  static LeadImageForm form(Editing lead) {
    if (lead == null) {
      return LeadImageForm.empty();
    }
    Map<String, String> alts = new LinkedHashMap<>();
    Map<String, String> captions = new LinkedHashMap<>();
    lead.texts()
        .forEach(
            (language, text) -> {
              alts.put(language, text.alt());
              captions.put(language, text.caption());
            });
    return LeadImageForm.showing(null, lead.credit(), lead.decorative(), alts, captions);
  }

  /** What a lead image form sent, and what is wrong with it, by field. */
  record Words(
      String credit, boolean decorative, Map<String, Text> texts, Map<String, String> errors) {}
}
