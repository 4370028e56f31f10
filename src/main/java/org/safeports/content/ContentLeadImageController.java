package org.safeports.content;

import java.util.LinkedHashMap;
import java.util.Map;
import org.safeports.platform.NotFoundException;
import org.safeports.platform.media.WebImages;
import org.safeports.platform.web.Language;
import org.springframework.stereotype.Controller;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The lead image of a news item or page, from its edit screen: a new file or one of the item's
 * images, its alternative text and caption in each language, its credit; or no lead image. A
 * refusal goes back to the field it is about, with everything typed; a new file that was accepted
 * is kept as one of the item's images and chosen in the form.
 */
@Controller
class ContentLeadImageController {

  private final ContentItemRepository items;
  private final ImageUploads uploads;
  private final LeadImages leadImages;

  ContentLeadImageController(
      ContentItemRepository items, ImageUploads uploads, LeadImages leadImages) {
    this.items = items;
    this.uploads = uploads;
    this.leadImages = leadImages;
  }

  @PostMapping("/admin/content/{id}/lead-image")
  String save(
      @PathVariable long id,
      @RequestParam(name = "leadFile", required = false) MultipartFile file,
      @RequestParam Map<String, String> params,
      RedirectAttributes redirect) {
    ContentItem item = items.findById(id).orElseThrow(NotFoundException::new);
    String back = "redirect:/admin/content/" + id + "#lead-image";
    if ("remove".equals(params.get("intent"))) {
      leadImages.remove(id, item.kind());
      redirect.addFlashAttribute("notice", "content.lead.removed");
      return back;
    }
    Map<String, String> errors = new LinkedHashMap<>();
    Map<String, String> input = new LinkedHashMap<>(params);
    input.remove("_csrf");
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
      redirect.addFlashAttribute("leadErrors", errors);
      redirect.addFlashAttribute("leadInput", input);
      return back;
    }
    leadImages.set(id, item.kind(), imageId, credit, decorative, texts);
    redirect.addFlashAttribute("notice", "content.lead.saved");
    return back;
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
