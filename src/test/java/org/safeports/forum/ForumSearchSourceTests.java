package org.safeports.forum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safeports.identity.TestAccounts;
import org.safeports.platform.security.PortalRole;
import org.safeports.search.SearchDocument;
import org.safeports.search.SearchableChange;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** What the forum gives the site search: visible posts with their category's audience. */
@PortalTest
@RecordApplicationEvents
class ForumSearchSourceTests {

  @Autowired TestForum forum;
  @Autowired TestAccounts accounts;
  @Autowired ForumReaders readers;
  @Autowired ForumModeration moderation;
  @Autowired ForumTopicModeration topicModeration;
  @Autowired ForumCategoryAdmin categoryAdmin;
  @Autowired ForumPostWriting writing;
  @Autowired ForumSearchSource source;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEvents events;

  @Test
  void aVisiblePostIsADocumentUnderItsTopicAtItsPlace() {
    long category = forum.category("Gates", ForumAudience.PUBLIC);
    long author = accounts.create(TestAccounts.freshEmail("poster"), PortalRole.USER);
    long topic = forum.topic(category, author, PortalRole.USER, "Badge readers", "Which **ones**?");
    long reply = forum.reply(topic, author, PortalRole.USER, "The new ones.");
    assertThat(changesOf(reply)).as("a new post is told").isPositive();

    List<SearchDocument> documents = source.documents(Long.toString(reply));
    assertThat(documents).hasSize(1);
    SearchDocument post = documents.get(0);
    assertThat(post.source()).isEqualTo("forum");
    assertThat(post.language()).isEqualTo("en");
    assertThat(post.title()).isEqualTo("Badge readers");
    assertThat(post.body()).isEqualTo("The new ones.");
    assertThat(post.summary()).isEqualTo("The new ones.");
    assertThat(post.path()).matches("/forum/t/" + topic + "/[a-z-]+\\?from=2#post-2");
    assertThat(post.access()).containsExactly(SearchDocument.PUBLIC);
    assertThat(post.publishedAt()).isNotNull();
  }

  @Test
  void eachAudienceIsFoundByTheRoleThatReadsIt() {
    assertThat(ForumSearchSource.access(ForumAudience.PUBLIC)).containsExactly("PUBLIC");
    assertThat(ForumSearchSource.access(ForumAudience.MEMBERS)).containsExactly("ASSOCIATE");
    assertThat(ForumSearchSource.access(ForumAudience.PFSO)).containsExactly("PFSO");
    assertThat(ForumSearchSource.access(ForumAudience.SECRETARIAT)).containsExactly("EDITOR");
    for (ForumAudience audience : ForumAudience.values()) {
      for (String role : ForumSearchSource.access(audience)) {
        Set<String> roles = role.equals("PUBLIC") ? Set.of() : Set.of(role);
        assertThat(ForumAudience.readableBy(roles)).as(audience + " " + role).contains(audience);
      }
    }
    long pfso = accounts.create(TestAccounts.freshEmail("pfso"), PortalRole.PFSO);
    long category = forum.category("PFSO corner", ForumAudience.PFSO);
    long topic = forum.topic(category, pfso, PortalRole.PFSO, "Gate drills", "Only for us.");
    assertThat(source.documents(Long.toString(firstPost(topic))).get(0).access())
        .containsExactly("PFSO");
  }

  @Test
  void hiddenPostsAreFoundByNoOneUntilRestored() {
    long category = forum.category("Moderated", ForumAudience.PUBLIC);
    long author = accounts.create(TestAccounts.freshEmail("author"), PortalRole.USER);
    long topic = forum.topic(category, author, PortalRole.USER, "Spam here", "Opening.");
    long reply = forum.reply(topic, author, PortalRole.USER, "Buy now.");
    ForumReader editor = editor();

    long seen = changesOf(reply);
    moderation.hide(editor, reply, "Spam");
    assertThat(changesOf(reply)).isEqualTo(seen + 1);
    assertThat(source.documents(Long.toString(reply))).isEmpty();

    moderation.restore(editor, reply);
    assertThat(changesOf(reply)).isEqualTo(seen + 2);
    assertThat(source.documents(Long.toString(reply))).hasSize(1);

    long opening = firstPost(topic);
    seen = changesOf(reply);
    moderation.hide(editor, opening, "Off topic");
    assertThat(changesOf(reply)).as("the topic went with its opening post").isEqualTo(seen + 1);
    assertThat(source.documents(Long.toString(reply))).isEmpty();
  }

  @Test
  void editsAndAnAuthorsDeletionAreTold() {
    long category = forum.category("Edits", ForumAudience.PUBLIC);
    long author = accounts.create(TestAccounts.freshEmail("editing"), PortalRole.USER);
    long topic = forum.topic(category, author, PortalRole.USER, "Typos", "Opening.");
    long reply = forum.reply(topic, author, PortalRole.USER, "Frist.");

    long seen = changesOf(reply);
    moderation.edit(editor(), reply, "First.", "Spelling");
    assertThat(changesOf(reply)).isEqualTo(seen + 1);
    assertThat(source.documents(Long.toString(reply)).get(0).body()).isEqualTo("First.");

    writing.delete(readers.of(author, "Author " + author, PortalRole.USER), reply);
    assertThat(changesOf(reply)).isEqualTo(seen + 2);
    assertThat(source.documents(Long.toString(reply))).isEmpty();
  }

  @Test
  void aMoveOrAnAudienceChangeRetellsEveryPostOfTheTopic() {
    long open = forum.category("Open", ForumAudience.PUBLIC);
    long members = forum.category("Members", ForumAudience.MEMBERS);
    long author = accounts.create(TestAccounts.freshEmail("mover"), PortalRole.ASSOCIATE);
    long topic = forum.topic(open, author, PortalRole.ASSOCIATE, "Moving", "Opening.");
    long reply = forum.reply(topic, author, PortalRole.ASSOCIATE, "Reply.");

    long seen = changesOf(reply);
    topicModeration.move(editor(), topic, members, true, "Members' matter");
    assertThat(changesOf(reply)).isEqualTo(seen + 1);
    assertThat(source.documents(Long.toString(reply)).get(0).access()).containsExactly("ASSOCIATE");

    ForumCategoryForm form = categoryAdmin.form(members);
    categoryAdmin.update(
        members,
        new ForumCategoryForm(
            form.slug(),
            form.parentId(),
            form.position(),
            ForumAudience.PFSO,
            form.nameEs(),
            form.nameEn(),
            form.namePt(),
            form.nameFr(),
            form.descriptionEs(),
            form.descriptionEn(),
            form.descriptionPt(),
            form.descriptionFr()));
    assertThat(changesOf(reply)).isEqualTo(seen + 2);
    assertThat(changesOf(firstPost(topic))).isPositive();
    assertThat(source.documents(Long.toString(reply)).get(0).access()).containsExactly("PFSO");
  }

  @Test
  void everythingHandsOverOnlyVisiblePosts() {
    long category = forum.category("Everything", ForumAudience.SECRETARIAT);
    long editorId = accounts.create(TestAccounts.freshEmail("staff"), PortalRole.EDITOR);
    long topic = forum.topic(category, editorId, PortalRole.EDITOR, "Staff", "Opening.");
    long hidden = forum.reply(topic, editorId, PortalRole.EDITOR, "Hidden.");
    moderation.hide(editor(), hidden, "Test");
    List<List<SearchDocument>> batches = new ArrayList<>();
    source.everything(batches::add);
    List<String> refs = batches.stream().flatMap(List::stream).map(SearchDocument::ref).toList();
    assertThat(refs)
        .contains(Long.toString(firstPost(topic)))
        .doesNotContain(Long.toString(hidden))
        .doesNotHaveDuplicates();
    assertThat(batches).allSatisfy(b -> assertThat(b).isNotEmpty().hasSizeLessThanOrEqualTo(500));
  }

  private long firstPost(long topic) {
    return jdbc.sql("select id from forum_post where topic_id = ? and number = 1")
        .param(topic)
        .query(Long.class)
        .single();
  }

  private ForumReader editor() {
    long id = accounts.create(TestAccounts.freshEmail("moderator"), PortalRole.EDITOR);
    return readers.of(id, "Editor " + id, PortalRole.EDITOR);
  }

  private long changesOf(long postId) {
    return events.stream(SearchableChange.class)
        .filter(
            c -> c.searchSource().equals("forum") && c.searchRef().equals(Long.toString(postId)))
        .count();
  }
}
