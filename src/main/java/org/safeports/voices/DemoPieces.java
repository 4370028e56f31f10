package org.safeports.voices;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safeports.platform.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The demo's Port Voices pieces ({@code demo/voices/*.md}), by the demo accounts, in their states.
 */
@Component
class DemoPieces {

  private static final Logger log = LoggerFactory.getLogger(DemoPieces.class);
  static final String EDITOR = "Michael Grant";

  private final VoicesService voices;
  private final PieceLeadImageEditing leadImageEditing;
  private final PieceRepository pieces;
  private final JdbcClient jdbc;
  private final DemoMode demoMode;

  DemoPieces(
      VoicesService voices,
      PieceLeadImageEditing leadImageEditing,
      PieceRepository pieces,
      JdbcClient jdbc,
      DemoMode demoMode) {
    this.voices = voices;
    this.leadImageEditing = leadImageEditing;
    this.pieces = pieces;
    this.jdbc = jdbc;
    this.demoMode = demoMode;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(30)
  void load() {
    if (!demoMode.isEnabled() || pieces.count() > 0) {
      return;
    }
    int loaded = 0;
    try {
      for (Resource file :
          new PathMatchingResourcePatternResolver().getResources("classpath*:demo/voices/*.md")) {
        loaded += load(file.getContentAsString(StandardCharsets.UTF_8)) ? 1 : 0;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    log.info("Loaded {} demo Port Voices pieces", loaded);
  }

  private boolean load(String text) {
    String normalised = text.replace("\r\n", "\n");
    int end = normalised.indexOf("\n---\n", 4);
    Map<String, String> meta = new LinkedHashMap<>();
    for (String line : normalised.substring(4, end).split("\n")) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        meta.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
      }
    }
    var author =
        jdbc.sql("select id, display_name from account where email = ?")
            .param(meta.get("author"))
            .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
            .optional();
    if (author.isEmpty()) {
      return false;
    }
    long accountId = (Long) author.get()[0];
    String name = (String) author.get()[1];
    PieceForm form =
        new PieceForm(
            meta.get("title"),
            meta.get("summary"),
            normalised.substring(end + 5).strip() + "\n",
            meta.get("topic"),
            meta.get("language"),
            meta.get("country"),
            name,
            meta.get("position"),
            meta.get("organisation"),
            meta.get("bio"),
            null);
    long id = voices.create(accountId, form, name);
    if (StringUtils.hasText(meta.get("image"))) {
      // The words in each language: image_alt_en, image_caption_es and so on.
      Map<String, String> alts = new LinkedHashMap<>();
      Map<String, String> captions = new LinkedHashMap<>();
      for (String code : List.of("en", "es", "pt", "fr")) {
        alts.put(code, meta.get("image_alt_" + code));
        captions.put(code, meta.get("image_caption_" + code));
      }
      var words =
          org.safeports.platform.media.LeadImageForm.showing(
              null, meta.get("image_credit"), false, alts, captions);
      leadImageEditing.demoLeadImage(
          id,
          org.safeports.platform.media.Illustrations.draw(meta.get("image"), 1200, 675),
          PieceLeadImages.read(words, List.of("en", "es", "pt", "fr"), meta.get("language")));
    }
    String state = meta.get("state");
    if (!"DRAFT".equals(state)) {
      voices.actAsAuthor(id, accountId, PieceStatus.Action.SUBMIT, name);
    }
    if ("CHANGES_REQUESTED".equals(state)) {
      voices.demoChangesRequested(id, meta.get("editor_comment"), EDITOR);
    }
    if ("PUBLISHED".equals(state)) {
      voices.review(id, PieceStatus.Action.ACCEPT, null, null, EDITOR);
      voices.review(id, PieceStatus.Action.PUBLISH, null, null, EDITOR);
      if (StringUtils.hasText(meta.get("date"))) {
        voices.backdate(
            id, LocalDate.parse(meta.get("date")).atTime(15, 0).toInstant(ZoneOffset.UTC));
      }
    }
    return true;
  }
}
