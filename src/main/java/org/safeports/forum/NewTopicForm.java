package org.safeports.forum;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a person types to start a topic: its title, its opening post, their language, and the files
 * sent with the opening post (checked as a reply's are, by {@link ForumAttachmentUploads}).
 */
record NewTopicForm(
    @NotBlank(message = "{forum.new.title.required}")
        @Size(min = 5, max = 200, message = "{forum.new.title.size}")
        String title,
    @NotBlank(message = "{forum.new.body.required}")
        @Size(max = 20000, message = "{forum.new.body.tooLong}")
        String body,
    @NotBlank(message = "{forum.new.language.required}") String language,
    java.util.List<org.springframework.web.multipart.MultipartFile> files) {

  NewTopicForm(String title, String body, String language) {
    this(title, body, language, java.util.List.of());
  }
}
