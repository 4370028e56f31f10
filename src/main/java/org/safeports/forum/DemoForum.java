package org.safeports.forum;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safeports.membership.MemberAccount;
import org.safeports.membership.MemberAccounts;
import org.safeports.platform.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's forum ({@code demo/forum/}): the categories in four languages, public discussions, the
 * PFSO forum's hurricane thread, a flagged post waiting for a moderator and subscriptions for the
 * digests, written through {@link ForumPosting} by the demo accounts and dated in the past. Loaded
 * once (a restart finds the categories and adds nothing); every published piece gets its Port
 * Voices topic at each start.
 */
@Component
class DemoForum {

  private static final Logger log = LoggerFactory.getLogger(DemoForum.class);

  /** Who writes a post whose author may not post in its category (a PFSO not yet verified). */
  static final String STAND_IN = "editor@demo.safeports.org";

  private final DemoMode demoMode;
  private final JdbcClient jdbc;
  private final ForumPosting posting;
  private final ForumCounters counters;
  private final ForumMembers members;
  private final ForumReaders readers;
  private final ForumCategoryRepository categories;
  private final ForumPieceTopics pieceTopics;
  private final MemberAccounts accounts;
  private final Clock clock;

  DemoForum(
      DemoMode demoMode,
      JdbcClient jdbc,
      ForumPosting posting,
      ForumCounters counters,
      ForumMembers members,
      ForumReaders readers,
      ForumCategoryRepository categories,
      ForumPieceTopics pieceTopics,
      MemberAccounts accounts,
      Clock clock) {
    this.demoMode = demoMode;
    this.jdbc = jdbc;
    this.posting = posting;
    this.counters = counters;
    this.members = members;
    this.readers = readers;
    this.categories = categories;
    this.pieceTopics = pieceTopics;
    this.accounts = accounts;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(60)
  void load() {
    if (!demoMode.isEnabled()) {
      return;
    }
    boolean fresh = categories.findBySlug("general").isEmpty();
    if (fresh) {
      loadCategories(read("classpath:demo/forum/categories.txt").get(0));
      int topics = 0;
      for (String text : read("classpath*:demo/forum/*-*.txt")) {
        topics += loadTopic(text) ? 1 : 0;
      }
      log.info("Loaded {} demo forum topics", topics);
    }
    pieceTopics.openMissing();
  }

  private void loadCategories(String text) {
    Long current = null;
    for (String line : text.replace("\r\n", "\n").split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (line.length() > 3 && line.charAt(2) == ':') {
        String[] words = line.substring(3).split("\\|", 2);
        jdbc.sql(
                "insert into forum_category_text (category_id, language, name, description)"
                    + " values (:id, :lang, :name, :description) on conflict do nothing")
            .param("id", current)
            .param("lang", line.substring(0, 2))
            .param("name", words[0].strip())
            .param("description", words[1].strip())
            .update();
        continue;
      }
      String[] cells = Arrays.stream(line.split("\\|")).map(String::strip).toArray(String[]::new);
      current =
          jdbc.sql(
                  """
                  insert into forum_category (slug, parent_id, position, audience, created_at, updated_at)
                  values (:slug, (select id from forum_category where slug = :parent), :position,
                          :audience, now(), now())
                  on conflict (slug) do update set slug = excluded.slug returning id
                  """)
              .param("slug", cells[0])
              .param("parent", cells[1])
              .param("position", Integer.parseInt(cells[2]))
              .param("audience", cells[3])
              .query(Long.class)
              .single();
    }
  }

  /** One topic file: a header, then posts, each with its own header; "===" between them. */
  private boolean loadTopic(String text) {
    String[] parts = text.replace("\r\n", "\n").split("\n===\n");
    Map<String, String> topic = header(parts[0]);
    Optional<ForumCategory> category = categories.findBySlug(topic.get("category"));
    if (category.isEmpty()) {
      return false;
    }
    long topicId = 0;
    List<long[]> dated = new ArrayList<>();
    for (int i = 1; i < parts.length; i++) {
      int blank = parts[i].indexOf("\n\n");
      Map<String, String> meta = header(parts[i].substring(0, blank));
      String body = parts[i].substring(blank + 2).strip();
      ForumReader author = author(meta.get("author"), category.get().audience());
      ForumPosting.Posted posted =
          i == 1
              ? posting.startTopic(
                  author, category.get().id(), topic.get("title"), body, meta.get("language"))
              : posting.reply(author, topicId, body, meta.get("language"));
      topicId = posted.topicId();
      dated.add(new long[] {posted.postId(), Long.parseLong(meta.get("hours-ago"))});
      if (meta.containsKey("flags")) {
        flag(posted.postId(), meta.get("flags"));
      }
    }
    backdate(topicId, dated);
    if (topic.containsKey("watch")) {
      String[] watch = topic.get("watch").split(" ");
      watch(watch[0], topicId, watch[1]);
    }
    return true;
  }

  /** The demo account as a forum reader, with its handle made before anyone mentions it. */
  private ForumReader author(String email, ForumAudience audience) {
    MemberAccount account = accounts.byEmail(email).orElseThrow();
    ForumReader reader = readers.of(account.id(), account.displayName(), account.role());
    if (!reader.mayPost(audience)) {
      return author(STAND_IN, audience);
    }
    members.ensure(account.id(), account.displayName());
    return reader;
  }

  private void flag(long postId, String flags) {
    for (String flag : flags.split(",")) {
      String[] words = flag.strip().split(" ", 3);
      accounts
          .byEmail(words[0])
          .ifPresent(
              flagger ->
                  jdbc.sql(
                          "insert into forum_flag (post_id, account_id, reason, note, created_at)"
                              + " values (:post, :account, :reason, :note, :at)"
                              + " on conflict do nothing")
                      .param("post", postId)
                      .param("account", flagger.id())
                      .param("reason", words[1])
                      .param("note", words.length > 2 ? words[2] : null)
                      .param("at", Timestamp.from(clock.instant().minus(Duration.ofHours(2))))
                      .update());
    }
  }

  private void watch(String email, long topicId, String delivery) {
    accounts
        .byEmail(email)
        .ifPresent(
            account -> {
              members.ensure(account.id(), account.displayName());
              jdbc.sql(
                      "insert into forum_subscription (account_id, topic_id, delivery, created_at)"
                          + " values (:account, :topic, :delivery, :at)"
                          // Writing in the topic may already have made them watch it.
                          + " on conflict (account_id, topic_id) where topic_id is not null"
                          + " do update set delivery = excluded.delivery")
                  .param("account", account.id())
                  .param("topic", topicId)
                  .param("delivery", delivery)
                  .param("at", Timestamp.from(clock.instant().minus(Duration.ofDays(30))))
                  .update();
            });
  }

  /** The dates the posts would have had; the topic starts with its first post. */
  private void backdate(long topicId, List<long[]> dated) {
    for (long[] post : dated) {
      jdbc.sql("update forum_post set created_at = :at, updated_at = :at where id = :id")
          .param("at", Timestamp.from(clock.instant().minus(Duration.ofHours(post[1]))))
          .param("id", post[0])
          .update();
    }
    jdbc.sql(
            "update forum_topic set created_at = p.created_at, updated_at = p.created_at"
                + " from forum_post p where p.topic_id = forum_topic.id and p.number = 1"
                + " and forum_topic.id = :id")
        .param("id", topicId)
        .update();
    counters.recount(topicId);
  }

  private static Map<String, String> header(String block) {
    Map<String, String> meta = new LinkedHashMap<>();
    for (String line : block.strip().split("\n")) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        meta.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
      }
    }
    return meta;
  }

  private static List<String> read(String pattern) {
    try {
      List<String> texts = new ArrayList<>();
      Resource[] files = new PathMatchingResourcePatternResolver().getResources(pattern);
      Arrays.sort(files, (a, b) -> String.valueOf(a.getFilename()).compareTo(b.getFilename()));
      for (Resource file : files) {
        texts.add(file.getContentAsString(StandardCharsets.UTF_8));
      }
      return texts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
