package org.safeports.content;

import java.util.LinkedHashMap;
import java.util.Map;
import org.safeports.platform.NotFoundException;
import org.safeports.platform.media.LeadImageOutcome;
import org.safeports.platform.media.WebImages;
import org.safeports.platform.web.Language;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;
import org.springframework.web.multipart.MultipartFile;

/**
 * The lead image of a news item or page as its form changes it: a new file or one of the item's
 * images, its alternative text and caption in each language, its credit; or no lead image. A
 * refusal comes back as errors per field with everything typed; a new file that was accepted is
 * kept as one of the item's images and chosen in the form. Each change is its own transaction, so a
 * refused file leaves the item as it was.
 */
@Service
class LeadImageEditing {

  private final ContentItemRepository items;
  private final ImageUploads uploads;
  private final LeadImages leadImages;

  LeadImageEditing(ContentItemRepository items, ImageUploads uploads, LeadImages leadImages) {
    this.items = items;
    this.uploads = uploads;
    this.leadImages = leadImages;
  }

  LeadImageOutcome save(long id, MultipartFile file, Map<String, String> params) {
    ContentItem item = items.findById(id).orElseThrow(NotFoundException::new);
    if ("remove".equals(params.get("intent"))) {
      leadImages.remove(id, item.kind());
      return LeadImageOutcome.saved("content.lead.removed");
    }
    Map<String, String> errors = new LinkedHashMap<>();
    Map<String, String> input = new LinkedHashMap<>(params);
    Long imageId = null;
    if (file != null && !file.isEmpty()) {
      try {
        imageId = uploads.upload(id, file).id();
      } catch (WebImages.Refused refused) {
        errors.put("leadFile", refused.messageKey());
      }
    } else if (StringUtils.hasText(params.get("leadImageId"))) {
      imageId = parse(params.get("leadImageId"));
      if (imageId == null || !leadImages.belongsTo(imageId, id)) {
        errors.put("leadFile", "content.lead.unknownImage");
        imageId = null;
      }
    } else {
      errors.put("leadFile", "content.lead.imageRequired");
    }
    if (imageId != null) {
      input.put("leadImageId", Long.toString(imageId));
    }
    boolean decorative = "true".equals(params.get("decorative"));
    String credit = trimmed(params.get("credit"));
    if (credit != null && credit.length() > LeadImages.MAX_CREDIT) {
      errors.put("credit", "content.lead.creditTooLong");
    }
    Map<String, LeadImages.Text> texts = new LinkedHashMap<>();
    for (Language language : Language.all()) {
      String code = language.code();
      String alt = trimmed(params.get("alt-" + code));
      String caption = trimmed(params.get("caption-" + code));
      if (alt != null && alt.length() > LeadImages.MAX_ALT) {
        errors.put("alt-" + code, "content.lead.altTooLong");
      }
      if (caption != null && caption.length() > LeadImages.MAX_CAPTION) {
        errors.put("caption-" + code, "content.lead.captionTooLong");
      }
      texts.put(code, new LeadImages.Text(alt, caption));
    }
    String original = item.originalLanguage();
    if (!decorative && texts.get(original).alt() == null) {
      errors.putIfAbsent("alt-" + original, "content.lead.altRequired");
    }
    if (!errors.isEmpty()) {
      return LeadImageOutcome.refused(errors, input);
    }
    leadImages.set(id, item.kind(), imageId, credit, decorative, texts);
    return LeadImageOutcome.saved("content.lead.saved");
  }

  private static Long parse(String number) {
    try {
      return Long.valueOf(number.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String trimmed(String text) {
    return StringUtils.hasText(text) ? text.strip() : null;
  }
}
