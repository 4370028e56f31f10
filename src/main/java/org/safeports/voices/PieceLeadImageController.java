package org.safeports.voices;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safeports.identity.PortalUser;
import org.safeports.platform.media.WebImages;
import org.safeports.platform.web.Language;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A piece's lead image: its author gives it (with its words in the piece's language) while the
 * piece may be edited; an editor gives or changes it, with its words in every language. Refusals go
 * back to the field they are about, with what was typed.
 */
@Controller
class PieceLeadImageController {

  private final VoicesService voices;

  PieceLeadImageController(VoicesService voices) {
    this.voices = voices;
  }

  @PostMapping("/voices/mine/{id}/lead-image")
  String byAuthor(
      @AuthenticationPrincipal PortalUser user,
      @PathVariable long id,
      @RequestParam(name = "leadFile", required = false) MultipartFile file,
      @RequestParam Map<String, String> params,
      RedirectAttributes redirect) {
    Piece piece = voices.ownPiece(id, user.accountId());
    String back = "redirect:/voices/mine/" + id + "#lead-image";
    try {
      if ("remove".equals(params.get("intent"))) {
        voices.removeLeadImageByAuthor(id, user.accountId());
        redirect.addFlashAttribute("notice", "voices.lead.removed");
        return back;
      }
      Map<String, String> errors = new LinkedHashMap<>();
      if (file != null && !file.isEmpty()) {
        try {
          voices.uploadImage(id, user.accountId(), PieceImage.Kind.PIECE, file);
        } catch (WebImages.Refused refused) {
          errors.put("leadFile", refused.messageKey());
        }
      } else if (!voices.hasImage(id, PieceImage.Kind.PIECE)) {
        errors.put("leadFile", "voices.lead.imageRequired");
      }
      PieceLeadImages.Words words =
          PieceLeadImages.read(params, List.of(piece.language()), piece.language());
      words.errors().forEach(errors::putIfAbsent);
      if (errors.isEmpty()) {
        voices.leadImageWordsByAuthor(id, user.accountId(), words);
        redirect.addFlashAttribute("notice", "voices.lead.saved");
      } else {
        back(redirect, errors, params);
      }
    } catch (NotAllowedException e) {
      redirect.addFlashAttribute("alert", "voices.notAllowed");
    }
    return back;
  }

  @PostMapping("/admin/voices/{id}/lead-image")
  String byEditor(
      @PathVariable long id,
      @RequestParam(name = "leadFile", required = false) MultipartFile file,
      @RequestParam Map<String, String> params,
      RedirectAttributes redirect) {
    Piece piece = voices.forEditors(id);
    String back = "redirect:/admin/voices/" + id + "#lead-image";
    try {
      if ("remove".equals(params.get("intent"))) {
        voices.removeLeadImageByEditor(id);
        redirect.addFlashAttribute("notice", "voices.lead.removed");
        return back;
      }
      Map<String, String> errors = new LinkedHashMap<>();
      boolean newFile = file != null && !file.isEmpty();
      if (!newFile && !voices.hasImage(id, PieceImage.Kind.PIECE)) {
        errors.put("leadFile", "voices.lead.imageRequired");
      }
      PieceLeadImages.Words words =
          PieceLeadImages.read(
              params, Language.all().stream().map(Language::code).toList(), piece.language());
      words.errors().forEach(errors::putIfAbsent);
      if (errors.isEmpty()) {
        try {
          voices.leadImageByEditor(id, newFile ? file : null, words);
          redirect.addFlashAttribute("notice", "voices.lead.saved");
        } catch (WebImages.Refused refused) {
          errors.put("leadFile", refused.messageKey());
        }
      }
      if (!errors.isEmpty()) {
        back(redirect, errors, params);
      }
    } catch (NotAllowedException e) {
      redirect.addFlashAttribute("alert", "voices.notAllowed");
    }
    return back;
  }

  private static void back(
      RedirectAttributes redirect, Map<String, String> errors, Map<String, String> params) {
    Map<String, String> input = new LinkedHashMap<>(params);
    input.remove("_csrf");
    redirect.addFlashAttribute("leadErrors", errors);
    redirect.addFlashAttribute("leadInput", input);
  }
}
