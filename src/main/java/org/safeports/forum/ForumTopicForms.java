package org.safeports.forum;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The forms of the topic moderation page. Each carries an optional reason for the author; a move,
 * merge or split that changes who reads the posts needs {@code audienceConfirmed}.
 */
final class ForumTopicForms {

  private ForumTopicForms() {}

  record Status(
      @NotNull(message = "{forum.mod.topic.changeRequired}") TopicChange change,
      @Size(max = 500, message = "{forum.mod.reasonTooLong}") String reason) {}

  record Move(
      @NotNull(message = "{forum.mod.categoryRequired}") Long categoryId,
      boolean audienceConfirmed,
      @Size(max = 500, message = "{forum.mod.reasonTooLong}") String reason) {}

  record Merge(
      @NotNull(message = "{forum.mod.merge.targetRequired}") Long targetTopicId,
      boolean audienceConfirmed,
      @Size(max = 500, message = "{forum.mod.reasonTooLong}") String reason) {}

  record Split(
      @NotEmpty(message = "{forum.mod.split.choose}") List<Long> postIds,
      @NotBlank(message = "{forum.mod.split.titleRequired}")
          @Size(max = 200, message = "{forum.mod.split.titleTooLong}")
          String title,
      @NotNull(message = "{forum.mod.categoryRequired}") Long categoryId,
      boolean audienceConfirmed,
      @Size(max = 500, message = "{forum.mod.reasonTooLong}") String reason) {}
}
