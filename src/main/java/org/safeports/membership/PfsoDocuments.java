package org.safeports.membership;

import java.io.IOException;
import org.safeports.platform.files.FileFormat;
import org.safeports.platform.files.FileInspector;
import org.safeports.platform.files.InspectedFile;
import org.safeports.platform.files.UploadRefused;
import org.safeports.platform.media.WebImages;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Checks a supporting document: a PDF under the portal's upload rules ({@link FileInspector}, as
 * the library's documents), or a photograph or scan as JPEG or PNG, redrawn by {@link WebImages}
 * (which drops anything hidden in it). Anything else is refused with the reason's message key.
 */
@Component
class PfsoDocuments {

  /** The widest a scanned letter is kept: enough to read small print. */
  static final int MAX_IMAGE_WIDTH = 2400;

  /** The largest supporting document: a letter of appointment needs no more. */
  static final long MAX_BYTES = WebImages.MAX_BYTES;

  /** A document ready to store. */
  record Document(String fileName, String mediaType, byte[] content, String sha256) {}

  /** Why a document was refused: the message key and its arguments. */
  static final class Refused extends Exception {
    private final String messageKey;
    private final transient Object[] arguments;

    Refused(String messageKey, Object... arguments) {
      super(messageKey);
      this.messageKey = messageKey;
      this.arguments = arguments;
    }

    String messageKey() {
      return messageKey;
    }

    Object[] arguments() {
      return arguments;
    }
  }

  private final FileInspector inspector;
  private final WebImages images;

  PfsoDocuments(FileInspector inspector, WebImages images) {
    this.inspector = inspector;
    this.images = images;
  }

  Document check(MultipartFile file) throws Refused {
    if (file == null || file.isEmpty()) {
      throw new Refused("membership.pfso.form.document.required");
    }
    if (file.getSize() > MAX_BYTES) {
      throw new Refused("files.upload.tooLarge", MAX_BYTES / (1024 * 1024));
    }
    byte[] bytes;
    try {
      bytes = file.getBytes();
    } catch (IOException e) {
      throw new Refused("files.upload.damaged");
    }
    if (bytes.length > 4 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D') {
      try {
        InspectedFile pdf = inspector.inspect(file.getOriginalFilename(), bytes);
        if (pdf.format() != FileFormat.PDF) {
          throw new Refused("membership.pfso.form.document.kind");
        }
        return new Document(
            pdf.fileName(), FileFormat.PDF.mediaType(), pdf.content(), pdf.sha256());
      } catch (UploadRefused refused) {
        throw new Refused(refused.messageKey(), refused.arguments());
      }
    }
    if (bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K') {
      throw new Refused("membership.pfso.form.document.kind");
    }
    try {
      WebImages.WebImage image = images.process(file, MAX_IMAGE_WIDTH);
      if (!image.contentType().equals("image/jpeg") && !image.contentType().equals("image/png")) {
        throw new Refused("membership.pfso.form.document.kind");
      }
      return new Document(
          image.fileName(),
          image.contentType(),
          image.bytes(),
          FileInspector.sha256(image.bytes()));
    } catch (WebImages.Refused refused) {
      throw new Refused(
          refused.messageKey().equals("image.refused.notAnImage")
              ? "membership.pfso.form.document.kind"
              : refused.messageKey());
    }
  }
}
