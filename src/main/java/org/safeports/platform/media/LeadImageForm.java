package org.safeports.platform.media;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import org.springframework.util.StringUtils;

/**
 * The lead image form of a news item, a page or a Port Voices piece: which of the item's images
 * (news and pages: {@code leadImageId}; a piece has one), whether it is decorative, its credit, and
 * its alternative text and caption in each of the four languages ({@code altEs}, {@code captionEs}
 * and so on; a form shows the languages it asks for). The file itself is a separate part of the
 * request, never kept in the form. Serializable: after a refusal it goes back through the flash
 * attributes, in the session, with its binding result.
 */
public record LeadImageForm(
    String intent,
    Long leadImageId,
    Boolean decorative,
    @Size(max = MAX_CREDIT, message = "{image.lead.creditTooLong}") String credit,
    @Size(max = MAX_ALT, message = "{image.lead.altTooLong}") String altEn,
    @Size(max = MAX_ALT, message = "{image.lead.altTooLong}") String altEs,
    @Size(max = MAX_ALT, message = "{image.lead.altTooLong}") String altPt,
    @Size(max = MAX_ALT, message = "{image.lead.altTooLong}") String altFr,
    @Size(max = MAX_CAPTION, message = "{image.lead.captionTooLong}") String captionEn,
    @Size(max = MAX_CAPTION, message = "{image.lead.captionTooLong}") String captionEs,
    @Size(max = MAX_CAPTION, message = "{image.lead.captionTooLong}") String captionPt,
    @Size(max = MAX_CAPTION, message = "{image.lead.captionTooLong}") String captionFr)
    implements Serializable {

  /** The form's name in the model and in its binding result. */
  public static final String NAME = "leadImageForm";

  public static final int MAX_CREDIT = 200;
  public static final int MAX_ALT = 300;
  public static final int MAX_CAPTION = 500;

  /** A form with nothing in it, for an item without a lead image. */
  public static LeadImageForm empty() {
    return showing(null, null, false, Map.of(), Map.of());
  }

  /** The form as it shows a lead image: its words by language code. */
  public static LeadImageForm showing(
      Long imageId,
      String credit,
      boolean decorative,
      Map<String, String> alts,
      Map<String, String> captions) {
    return new LeadImageForm(
        null,
        imageId,
        decorative,
        credit,
        alts.get("en"),
        alts.get("es"),
        alts.get("pt"),
        alts.get("fr"),
        captions.get("en"),
        captions.get("es"),
        captions.get("pt"),
        captions.get("fr"));
  }

  /** The same form with one of the item's images chosen (a new file that was accepted). */
  public LeadImageForm choosing(long imageId) {
    return new LeadImageForm(
        intent,
        imageId,
        decorative,
        credit,
        altEn,
        altEs,
        altPt,
        altFr,
        captionEn,
        captionEs,
        captionPt,
        captionFr);
  }

  /** Whether the form asks to remove the lead image rather than to save it. */
  public boolean removes() {
    return "remove".equals(intent);
  }

  /** Whether the image is marked decorative (an unticked box sends nothing). */
  public boolean marksDecorative() {
    return Boolean.TRUE.equals(decorative);
  }

  /** The credit, or null when none was given. */
  public String creditGiven() {
    return given(credit);
  }

  /** The alternative text in a language, or null when none was given. */
  public String alt(String language) {
    return given(
        switch (language) {
          case "en" -> altEn;
          case "es" -> altEs;
          case "pt" -> altPt;
          case "fr" -> altFr;
          default -> null;
        });
  }

  /** The caption in a language, or null when none was given. */
  public String caption(String language) {
    return given(
        switch (language) {
          case "en" -> captionEn;
          case "es" -> captionEs;
          case "pt" -> captionPt;
          case "fr" -> captionFr;
          default -> null;
        });
  }

  /** The form field of the alternative text in a language: {@code altEs}. */
  public static String altField(String language) {
    return "alt" + StringUtils.capitalize(language.toLowerCase(Locale.ROOT));
  }

  /** The form field of the caption in a language: {@code captionEs}. */
  public static String captionField(String language) {
    return "caption" + StringUtils.capitalize(language.toLowerCase(Locale.ROOT));
  }

  private static String given(String text) {
    return StringUtils.hasText(text) ? text.strip() : null;
  }
}
