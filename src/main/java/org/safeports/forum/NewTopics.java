package org.safeports.forum;

import org.safeports.forum.ForumListRows.CategoryRow;
import org.safeports.platform.NotFoundException;
import org.safeports.platform.web.FormErrors;
import org.safeports.platform.web.Language;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;

/**
 * The new-topic form's service: the category to post in (not found unless the person may read it,
 * refused unless they may post there), the checks no annotation makes, the preview, and the topic,
 * written by {@link ForumPosting}.
 */
@Service
class NewTopics {

  /** The topic started, and whether its opening post waits for a moderator. */
  record Started(long topicId, String topicSlug, String categorySlug, boolean held) {}

  private final ForumCategoryLists categories;
  private final ForumPosting posting;
  private final ForumTopicRepository topics;
  private final ForumAttachments attachments;

  NewTopics(
      ForumCategoryLists categories,
      ForumPosting posting,
      ForumTopicRepository topics,
      ForumAttachments attachments) {
    this.categories = categories;
    this.posting = posting;
    this.topics = topics;
    this.attachments = attachments;
  }

  @Transactional(readOnly = true)
  CategoryRow categoryToPostIn(ForumReader reader, String slug, String language) {
    CategoryRow category =
        categories.categories(reader, language).stream()
            .filter(c -> c.slug().equals(slug))
            .findFirst()
            .orElseThrow(NotFoundException::new);
    if (!reader.mayPost(category.audience())) {
      throw new NotFoundException();
    }
    return category;
  }

  void check(NewTopicForm form, BindingResult result) {
    if (form.language() != null
        && Language.fromCode(form.language())
            .filter(l -> l.code().equals(form.language()))
            .isEmpty()) {
      FormErrors.reject(result, "language", "forum.new.language.required");
    }
  }

  String preview(String body) {
    return posting.render(body);
  }

  @Transactional
  Started start(
      ForumReader reader,
      String slug,
      NewTopicForm form,
      java.util.List<ForumAttachmentUploads.NewAttachment> files) {
    CategoryRow category = categoryToPostIn(reader, slug, form.language());
    ForumPosting.Posted posted =
        posting.startTopic(reader, category.id(), form.title(), form.body(), form.language());
    attachments.store(posted.postId(), reader.accountId(), files);
    ForumTopic topic = topics.findById(posted.topicId()).orElseThrow();
    return new Started(topic.id(), topic.slug(), category.slug(), posted.held());
  }
}
