package org.safeports.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.safeports.identity.TestAccounts;
import org.safeports.platform.NotFoundException;
import org.safeports.platform.security.PortalRole;
import org.safeports.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PortalTest
class ForumPostingTests {

  @Autowired TestForum forum;
  @Autowired TestAccounts accounts;
  @Autowired JdbcClient jdbc;

  @Test
  void repliesAreNumberedInOrderAndCounted() {
    long category = forum.category("Drills", ForumAudience.PFSO);
    long pfso = accounts.create(TestAccounts.freshEmail("pfso"), PortalRole.PFSO);
    long topic =
        forum.topic(category, pfso, PortalRole.PFSO, "Evacuation drill", "First **drill**");
    forum.reply(topic, pfso, PortalRole.PFSO, "Second");
    forum.reply(topic, pfso, PortalRole.PFSO, "Third");

    assertThat(
            jdbc.sql("select number from forum_post where topic_id = :t order by id")
                .param("t", topic)
                .query(Integer.class)
                .list())
        .containsExactly(1, 2, 3);
    assertThat(
            jdbc.sql("select post_count from forum_topic where id = :t")
                .param("t", topic)
                .query(Integer.class)
                .single())
        .isEqualTo(3);
    assertThat(
            jdbc.sql("select topic_count || '/' || post_count from forum_category where id = :c")
                .param("c", category)
                .query(String.class)
                .single())
        .isEqualTo("1/3");
  }

  @Test
  void aReaderBelowTheAudienceCannotReplyOrLearnTheTopicExists() {
    long category = forum.category("Access control", ForumAudience.PFSO);
    long pfso = accounts.create(TestAccounts.freshEmail("pfso"), PortalRole.PFSO);
    long user = accounts.create(TestAccounts.freshEmail("user"), PortalRole.USER);
    long topic = forum.topic(category, pfso, PortalRole.PFSO, "Gate badges", "Badges");

    assertThatThrownBy(() -> forum.reply(topic, user, PortalRole.USER, "Let me in"))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> forum.topic(category, user, PortalRole.USER, "Mine", "Text"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void mentionsLinkKnownHandlesAndTellOnlyThoseWhoMayRead() {
    long category = forum.category("Hurricanes", ForumAudience.PFSO);
    long pfso = accounts.create(TestAccounts.freshEmail("pfso"), PortalRole.PFSO);
    long other = accounts.create(TestAccounts.freshEmail("pfso"), PortalRole.PFSO);
    long user = accounts.create(TestAccounts.freshEmail("user"), PortalRole.USER);
    forum.topic(category, other, PortalRole.PFSO, "Hello", "Hi");
    long publicCategory = forum.category("General", ForumAudience.PUBLIC);
    forum.topic(publicCategory, user, PortalRole.USER, "Hello", "Hi");
    String otherHandle = handle(other);
    String userHandle = handle(user);
    long topic =
        forum.topic(
            category,
            pfso,
            PortalRole.PFSO,
            "Season",
            "@" + otherHandle + " and @" + userHandle + " <script>x</script>");

    String html =
        jdbc.sql("select body_html from forum_post where topic_id = :t")
            .param("t", topic)
            .query(String.class)
            .single();
    assertThat(html).contains("href=\"/forum/u/" + otherHandle + "\"").doesNotContain("<script>");
  }

  private String handle(long accountId) {
    return jdbc.sql("select handle from forum_member where account_id = :a")
        .param("a", accountId)
        .query(String.class)
        .single();
  }
}
