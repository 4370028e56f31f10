package org.safeports.forum;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.safeports.membership.MemberAccount;
import org.safeports.membership.MemberAccounts;
import org.safeports.platform.NotFoundException;
import org.safeports.platform.text.MarkdownRenderer;
import org.safeports.platform.text.Slugs;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing to the forum: a new topic with its opening post, and replies. Every step checks the
 * reader against the category's audience first (what they may not read does not exist for them),
 * renders the Markdown on the server (mentions linked, HTML sanitised), takes the post's number
 * under the topic's lock, keeps the counters, and publishes {@link ForumPostPublished} once the
 * post is visible. A new account's first posts are held for a moderator when the settings say so.
 */
@Service
class ForumPosting {

  /** What a step produced: where the post is, and whether it waits for a moderator. */
  record Posted(long topicId, long postId, int number, boolean held) {}

  private final ForumCategoryRepository categories;
  private final ForumTopicRepository topics;
  private final ForumPostRepository posts;
  private final ForumCounters counters;
  private final ForumMembers members;
  private final ForumSettings settings;
  private final MemberAccounts accounts;
  private final ForumReaders readers;
  private final MarkdownRenderer markdown;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ForumPosting(
      ForumCategoryRepository categories,
      ForumTopicRepository topics,
      ForumPostRepository posts,
      ForumCounters counters,
      ForumMembers members,
      ForumSettings settings,
      MemberAccounts accounts,
      ForumReaders readers,
      MarkdownRenderer markdown,
      ApplicationEventPublisher events,
      Clock clock) {
    this.categories = categories;
    this.topics = topics;
    this.posts = posts;
    this.counters = counters;
    this.members = members;
    this.settings = settings;
    this.accounts = accounts;
    this.readers = readers;
    this.markdown = markdown;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  Posted startTopic(
      ForumReader reader, long categoryId, String title, String text, String language) {
    return start(reader, categoryId, title, text, language, true);
  }

  /**
   * A topic whose opening text the secretariat has already reviewed (a published Port Voices
   * piece's): never held for approval, whoever it is opened for.
   */
  @Transactional
  Posted startReviewedTopic(
      ForumReader reader, long categoryId, String title, String text, String language) {
    return start(reader, categoryId, title, text, language, false);
  }

  private Posted start(
      ForumReader reader,
      long categoryId,
      String title,
      String text,
      String language,
      boolean mayHold) {
    ForumCategory category =
        categories
            .findById(categoryId)
            .filter(c -> reader.mayRead(c.audience()))
            .orElseThrow(NotFoundException::new);
    if (!reader.mayPost(category.audience())) {
      throw new ForumRefused("forum.refused.mayNotPost");
    }
    members.ensure(reader.accountId(), reader.name());
    ForumTopic topic =
        topics.save(
            new ForumTopic(
                categoryId,
                title.strip(),
                Slugs.of(title, 80),
                language,
                reader.accountId(),
                reader.name()));
    PostState state = mayHold ? stateForNewPost(reader) : PostState.VISIBLE;
    topic.state(state == PostState.HELD ? PostState.HELD : PostState.VISIBLE);
    return write(reader, topic, category.audience(), text, language, state, true);
  }

  @Transactional
  Posted reply(ForumReader reader, long topicId, String text, String language) {
    ForumTopic topic =
        topics.readable(topicId, reader.readableList()).orElseThrow(NotFoundException::new);
    ForumCategory category = categories.findById(topic.categoryId()).orElseThrow();
    if (!reader.mayPost(category.audience())) {
      throw new ForumRefused("forum.refused.mayNotPost");
    }
    if (!topic.open() && !reader.moderator()) {
      throw new ForumRefused(topic.locked() ? "forum.refused.locked" : "forum.refused.closed");
    }
    if (topic.state() != PostState.VISIBLE && !reader.moderator()) {
      throw new NotFoundException();
    }
    members.ensure(reader.accountId(), reader.name());
    return write(
        reader, topic, category.audience(), text, language, stateForNewPost(reader), false);
  }

  /** The post's HTML as the topic would show it: for the preview and for edits. */
  String render(String text) {
    Map<String, Long> known = members.accountsOf(Mentions.handlesIn(text));
    return markdown.render(Mentions.linked(text, known)).html();
  }

  /**
   * The accounts mentioned in a text who may read a category of this audience; nobody else is told,
   * so a mention cannot reveal a restricted topic.
   */
  List<Long> mentionedReaders(String text, ForumAudience audience, long authorAccountId) {
    Map<String, Long> known = members.accountsOf(Mentions.handlesIn(text));
    if (known.isEmpty()) {
      return List.of();
    }
    return accounts.byIds(known.values()).stream()
        .filter(MemberAccount::enabled)
        .filter(a -> a.id() != authorAccountId)
        .filter(a -> readers.of(a.id(), a.displayName(), a.role()).mayRead(audience))
        .map(MemberAccount::id)
        .toList();
  }

  private Posted write(
      ForumReader reader,
      ForumTopic topic,
      ForumAudience audience,
      String text,
      String language,
      PostState state,
      boolean firstPost) {
    int number = counters.takeNumber(topic.id());
    ForumPost post =
        new ForumPost(topic.id(), number, reader.accountId(), reader.name(), language, state);
    post.write(text, render(text), markdown.plainText(text));
    posts.save(post);
    if (state == PostState.VISIBLE) {
      counters.replied(topic.id(), number, clock.instant(), reader.name());
      events.publishEvent(
          new ForumPostPublished(
              post.id(),
              topic.id(),
              topic.categoryId(),
              reader.accountId(),
              firstPost,
              mentionedReaders(text, audience, reader.accountId())));
    }
    return new Posted(topic.id(), post.id(), number, state == PostState.HELD);
  }

  /**
   * A held post a moderator approved: announced as any post is when it becomes visible, with the
   * mentions its readers may be told of.
   */
  void announceApproved(ForumPost post, ForumTopic topic, ForumAudience audience) {
    events.publishEvent(
        new ForumPostPublished(
            post.id(),
            topic.id(),
            topic.categoryId(),
            post.authorAccountId(),
            post.number() == 1,
            mentionedReaders(post.bodyMarkdown(), audience, post.authorAccountId())));
  }

  /** Held when the settings hold a new account's first posts and this one is among them. */
  private PostState stateForNewPost(ForumReader reader) {
    int held = settings.current().heldFirstPosts();
    if (held <= 0 || reader.vouched()) {
      return PostState.VISIBLE;
    }
    long visible = posts.countVisibleBy(reader.accountId());
    return visible < held ? PostState.HELD : PostState.VISIBLE;
  }
}
