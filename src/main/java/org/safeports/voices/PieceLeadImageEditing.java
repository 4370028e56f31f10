package org.safeports.voices;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safeports.platform.media.LeadImageForm;
import org.safeports.platform.media.LeadImageOutcome;
import org.safeports.platform.media.WebImages;
import org.safeports.platform.web.Language;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * A piece's lead image as its forms change it: the author's (words in the piece's language, while
 * the piece may be edited) and an editor's (words in every language). A refused file or missing
 * words come back as errors per field with what was typed; each change is its own transaction in
 * {@link VoicesService}, so a refused file leaves the piece as it was.
 */
@Service
class PieceLeadImageEditing {

  private final VoicesService voices;
  private final PieceLeadImages leadImages;
  private final PieceImageRepository images;
  private final WebImages webImages;

  PieceLeadImageEditing(
      VoicesService voices,
      PieceLeadImages leadImages,
      PieceImageRepository images,
      WebImages webImages) {
    this.voices = voices;
    this.leadImages = leadImages;
    this.images = images;
    this.webImages = webImages;
  }

  /**
   * @param formValid whether the form passed its own checks (lengths): when not, nothing is saved
   *     but the file, so that it need not be sent again
   */
  LeadImageOutcome byAuthor(
      long pieceId,
      long authorAccountId,
      MultipartFile file,
      LeadImageForm form,
      boolean formValid) {
    Piece piece = voices.ownPiece(pieceId, authorAccountId);
    if (form.removes()) {
      voices.removeLeadImageByAuthor(pieceId, authorAccountId);
      return LeadImageOutcome.saved("voices.lead.removed");
    }
    Map<String, String> errors = new LinkedHashMap<>();
    if (file != null && !file.isEmpty()) {
      try {
        voices.uploadImage(pieceId, authorAccountId, PieceImage.Kind.PIECE, file);
      } catch (WebImages.Refused refused) {
        errors.put(LeadImageOutcome.FILE, refused.messageKey());
      }
    } else if (!voices.hasImage(pieceId, PieceImage.Kind.PIECE)) {
      errors.put(LeadImageOutcome.FILE, "voices.lead.imageRequired");
    }
    PieceLeadImages.Words words =
        PieceLeadImages.read(form, List.of(piece.language()), piece.language());
    words.errors().forEach(errors::putIfAbsent);
    if (!errors.isEmpty() || !formValid) {
      return LeadImageOutcome.refused(errors, form);
    }
    voices.leadImageWordsByAuthor(pieceId, authorAccountId, words);
    return LeadImageOutcome.saved("voices.lead.saved");
  }

  /**
   * @param formValid whether the form passed its own checks (lengths): when not, nothing is saved
   */
  LeadImageOutcome byEditor(
      long pieceId, MultipartFile file, LeadImageForm form, boolean formValid) {
    Piece piece = voices.forEditors(pieceId);
    if (form.removes()) {
      voices.removeLeadImageByEditor(pieceId);
      return LeadImageOutcome.saved("voices.lead.removed");
    }
    Map<String, String> errors = new LinkedHashMap<>();
    boolean newFile = file != null && !file.isEmpty();
    if (!newFile && !voices.hasImage(pieceId, PieceImage.Kind.PIECE)) {
      errors.put(LeadImageOutcome.FILE, "voices.lead.imageRequired");
    }
    PieceLeadImages.Words words =
        PieceLeadImages.read(
            form, Language.all().stream().map(Language::code).toList(), piece.language());
    words.errors().forEach(errors::putIfAbsent);
    if (errors.isEmpty() && formValid) {
      try {
        voices.leadImageByEditor(pieceId, newFile ? file : null, words);
        return LeadImageOutcome.saved("voices.lead.saved");
      } catch (WebImages.Refused refused) {
        errors.put(LeadImageOutcome.FILE, refused.messageKey());
      }
    }
    return LeadImageOutcome.refused(errors, form);
  }

  /** The lead image as the author's and the editor's forms show it, or null. */
  @Transactional(readOnly = true)
  PieceLeadImages.Editing forEditing(long pieceId) {
    return leadImages.forEditor(pieceId).orElse(null);
  }

  /** The form as it shows the piece's lead image (empty for none), unless the model has it. */
  void addForm(org.springframework.ui.Model model, PieceLeadImages.Editing lead) {
    if (!model.containsAttribute(LeadImageForm.NAME)) {
      // After a refusal the form comes back with what was typed and its errors.
      model.addAttribute(LeadImageForm.NAME, PieceLeadImages.form(lead));
    }
  }

  /** For the demo pieces: a lead image drawn by the portal, through the same checks as uploads. */
  @Transactional
  void demoLeadImage(long pieceId, byte[] drawing, PieceLeadImages.Words words) {
    WebImages.WebImage image = webImages.process("lead.png", drawing, VoicesService.IMAGE_WIDTH);
    PieceImage stored = new PieceImage(pieceId, PieceImage.Kind.PIECE);
    stored.replace(
        image.fileName(), image.contentType(), image.width(), image.height(), image.bytes());
    images.save(stored);
    images.flush();
    leadImages.replaceVariants(pieceId, image.bytes());
    leadImages.saveWords(pieceId, words.credit(), words.decorative(), words.texts());
  }
}
