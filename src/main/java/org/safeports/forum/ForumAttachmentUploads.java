package org.safeports.forum;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.safeports.platform.files.FileInspector;
import org.safeports.platform.files.InspectedFile;
import org.safeports.platform.files.UploadRefused;
import org.safeports.platform.media.WebImages;
import org.safeports.platform.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

/**
 * The files sent with a post, checked before anything is saved: pictures (JPEG, PNG, GIF) redrawn
 * by {@link WebImages}, which drops anything hidden in them, and documents under the library's
 * rules ({@link FileInspector}). A refusal goes next to the form's file field, in words.
 */
@Component
class ForumAttachmentUploads {

  /** The most files one post carries. */
  static final int MAX_FILES = 3;

  /** Pictures are shown in the page's column: wider than this is never needed. */
  static final int IMAGE_WIDTH = 1600;

  static final String FIELD = "files";

  /** A checked file, ready to store. */
  record NewAttachment(String fileName, String mediaType, byte[] content, boolean image) {}

  private final FileInspector inspector;
  private final WebImages images;
  private final MessageSource messages;

  ForumAttachmentUploads(FileInspector inspector, WebImages images, MessageSource messages) {
    this.inspector = inspector;
    this.images = images;
    this.messages = messages;
  }

  /**
   * The files chosen (empty inputs left out), or an error on the form when one is refused or there
   * are more than the post may still take.
   */
  List<NewAttachment> check(
      List<MultipartFile> files, int alreadyAttached, BindingResult result, Locale locale) {
    List<MultipartFile> chosen =
        files == null ? List.of() : files.stream().filter(f -> !f.isEmpty() || hasName(f)).toList();
    if (chosen.size() + alreadyAttached > MAX_FILES) {
      FormErrors.reject(result, FIELD, "forum.post.files.tooMany", MAX_FILES);
      return List.of();
    }
    List<NewAttachment> checked = new ArrayList<>();
    for (MultipartFile file : chosen) {
      String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
      try {
        byte[] bytes = file.getBytes();
        checked.add(looksLikeImage(bytes) ? image(name, bytes) : document(name, bytes));
      } catch (UploadRefused refused) {
        refuse(
            result, name, messages.getMessage(refused.messageKey(), refused.arguments(), locale));
      } catch (WebImages.Refused refused) {
        refuse(result, name, messages.getMessage(refused.messageKey(), null, locale));
      } catch (IOException e) {
        refuse(result, name, messages.getMessage("files.upload.damaged", null, locale));
      }
    }
    return result.hasFieldErrors(FIELD) ? List.of() : checked;
  }

  private NewAttachment image(String name, byte[] bytes) {
    WebImages.WebImage image = images.process(name, bytes, IMAGE_WIDTH);
    return new NewAttachment(image.fileName(), image.contentType(), image.bytes(), true);
  }

  private NewAttachment document(String name, byte[] bytes) throws UploadRefused {
    InspectedFile file = inspector.inspect(name, bytes);
    return new NewAttachment(file.fileName(), file.format().mediaType(), file.content(), false);
  }

  private static void refuse(BindingResult result, String name, String why) {
    FormErrors.reject(result, FIELD, "forum.post.files.refused", name, why);
  }

  private static boolean hasName(MultipartFile file) {
    String name = file.getOriginalFilename();
    return name != null && !name.isBlank();
  }

  /** A JPEG, PNG or GIF by its first bytes; anything else is treated as a document. */
  private static boolean looksLikeImage(byte[] b) {
    return b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff
        || b.length > 4 && b[0] == (byte) 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
        || b.length > 4 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8';
  }
}
