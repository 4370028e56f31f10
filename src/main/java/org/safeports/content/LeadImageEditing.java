package org.safeports.content;

import java.util.LinkedHashMap;
import java.util.Map;
import org.safeports.platform.NotFoundException;
import org.safeports.platform.media.LeadImageForm;
import org.safeports.platform.media.LeadImageOutcome;
import org.safeports.platform.media.WebImages;
import org.safeports.platform.web.Language;
import org.springframework.stereotype.Service;
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

  /**
   * @param formValid whether the form passed its own checks (lengths): when not, nothing is saved,
   *     but a new file that was accepted is kept and chosen, so that it need not be sent again
   */
  LeadImageOutcome save(long id, MultipartFile file, LeadImageForm form, boolean formValid) {
    ContentItem item = items.findById(id).orElseThrow(NotFoundException::new);
    if (form.removes()) {
      leadImages.remove(id, item.kind());
      return LeadImageOutcome.saved("content.lead.removed");
    }
    Map<String, String> errors = new LinkedHashMap<>();
    LeadImageForm shown = form;
    Long imageId = null;
    if (file != null && !file.isEmpty()) {
      try {
        imageId = uploads.upload(id, file).id();
        shown = form.choosing(imageId);
      } catch (WebImages.Refused refused) {
        errors.put(LeadImageOutcome.FILE, refused.messageKey());
      }
    } else if (form.leadImageId() != null) {
      imageId = form.leadImageId();
      if (!leadImages.belongsTo(imageId, id)) {
        errors.put(LeadImageOutcome.FILE, "content.lead.unknownImage");
        imageId = null;
      }
    } else {
      errors.put(LeadImageOutcome.FILE, "content.lead.imageRequired");
    }
    Map<String, LeadImages.Text> texts = new LinkedHashMap<>();
    for (Language language : Language.all()) {
      String code = language.code();
      texts.put(code, new LeadImages.Text(form.alt(code), form.caption(code)));
    }
    String original = item.originalLanguage();
    if (!form.marksDecorative() && texts.get(original).alt() == null) {
      errors.putIfAbsent(LeadImageForm.altField(original), "content.lead.altRequired");
    }
    if (!errors.isEmpty() || !formValid) {
      return LeadImageOutcome.refused(errors, shown);
    }
    leadImages.set(id, item.kind(), imageId, form.creditGiven(), form.marksDecorative(), texts);
    return LeadImageOutcome.saved("content.lead.saved");
  }
}
