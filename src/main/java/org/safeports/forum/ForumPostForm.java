package org.safeports.forum;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/**
 * A reply or an edited post: its Markdown, the language it is written in, and the files sent with
 * it (checked by {@link ForumAttachmentUploads}, never shown again).
 */
record ForumPostForm(
    @NotBlank(message = "{forum.post.body.required}")
        @Size(max = 20_000, message = "{forum.post.body.tooLong}")
        String body,
    String language,
    List<MultipartFile> files) {

  ForumPostForm(String body, String language) {
    this(body, language, List.of());
  }
}
