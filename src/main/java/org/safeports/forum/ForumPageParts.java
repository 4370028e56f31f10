package org.safeports.forum;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.safeports.platform.web.Language;
import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContext;
import org.thymeleaf.context.WebExpressionContext;
import org.thymeleaf.spring6.ISpringTemplateEngine;
import org.thymeleaf.spring6.context.webmvc.SpringWebMvcThymeleafRequestContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.spring6.naming.SpringContextVariableNames;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The big parts of the forum's busiest pages (a topic's posts, the category list with the latest
 * topics) rendered once and kept under a key made of <em>everything they show</em>: the rows as
 * read for this request (with the reader's own flags: unread, which post starts what is new to
 * them), the language, and the reader's standing (signed in, may reply, moderator). A change to any
 * of it makes another key, so a kept part is never stale and needs no event to be emptied; an
 * unused one ages out. The rows are still read on every request, under the audience rule, so a
 * reader only ever gets a part made of rows they were allowed to read.
 *
 * <p>A part with a form in it (a post of the reader's own: its delete form carries their CSRF
 * token) is rendered for that request alone ({@code key} null). The fragments are rendered as the
 * page's view renders a template (the same request, locale and Spring context), so a kept part and
 * one rendered in place are the same bytes.
 */
@Component
class ForumPageParts {

  /** A part not asked for in this long is dropped; the rows decide its freshness, not time. */
  static final Duration IDLE = Duration.ofMinutes(10);

  private final Cache<Object, String> parts =
      Caffeine.newBuilder()
          .maximumWeight(8L * 1024 * 1024)
          // The key holds the rows (the posts' text), about as big as the part itself.
          .weigher((Object key, String part) -> 2 * part.length())
          .expireAfterAccess(IDLE)
          .build();

  private final ISpringTemplateEngine engine;
  private final ApplicationContext application;

  ForumPageParts(ISpringTemplateEngine engine, ApplicationContext application) {
    this.engine = engine;
    this.application = application;
  }

  /**
   * The fragment {@code template :: fragment} rendered with these variables: kept under {@code
   * key}, which must be a value (records) equal only for renders that come out the same; rendered
   * afresh and not kept when {@code key} is null.
   */
  String part(
      Object key,
      String template,
      String fragment,
      Map<String, Object> variables,
      HttpServletRequest request,
      HttpServletResponse response,
      Locale locale) {
    if (key == null) {
      return render(template, fragment, variables, request, response, locale);
    }
    String kept = parts.getIfPresent(key);
    if (kept != null) {
      return kept;
    }
    String part = render(template, fragment, variables, request, response, locale);
    parts.put(key, part);
    return part;
  }

  /** Everything a topic's page of posts shows: the key it is kept under. */
  record TopicPosts(
      Locale locale,
      long topicId,
      String topicPath,
      boolean signedIn,
      boolean mayReply,
      boolean moderator,
      Integer firstNewNumber,
      List<TopicPage.Post> posts) {}

  /** The posts of a topic's page, kept unless one of them is the reader's own. */
  String topicPosts(
      TopicPage page,
      String topicPath,
      boolean signedIn,
      HttpServletRequest request,
      HttpServletResponse response,
      Locale locale) {
    TopicPosts key =
        new TopicPosts(
            locale,
            page.topic().id(),
            topicPath,
            signedIn,
            page.mayReply(),
            page.moderator(),
            page.firstNewNumber(),
            page.posts());
    Map<String, Object> variables = new HashMap<>();
    variables.put("posts", key.posts());
    variables.put("topicId", key.topicId());
    variables.put("topicPath", key.topicPath());
    variables.put("signedIn", key.signedIn());
    variables.put("mayReply", key.mayReply());
    variables.put("moderator", key.moderator());
    variables.put("firstNewNumber", key.firstNewNumber());
    boolean own = page.posts().stream().anyMatch(TopicPage.Post::mine);
    return part(
        own ? null : key, "forum/topic-posts", "posts", variables, request, response, locale);
  }

  /** Everything the forum's home shows below its header: the key it is kept under. */
  record Home(
      Locale locale,
      boolean signedIn,
      List<ForumListRows.CategoryCard> cards,
      List<ForumListRows.TopicRow> latest) {}

  /** The reader as a kept part may see them: signed in or not, nothing of the person. */
  record Standing(boolean signedIn) {}

  /** The forum's home below its header: the categories and the latest topics. */
  String home(Home key, HttpServletRequest request, HttpServletResponse response) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("cards", key.cards());
    variables.put("latest", key.latest());
    variables.put("reader", new Standing(key.signedIn()));
    variables.put("currentLanguage", Language.of(key.locale()));
    return part(key, "forum/lists-home-part", "home", variables, request, response, key.locale());
  }

  long size() {
    parts.cleanUp();
    return parts.estimatedSize();
  }

  void clear() {
    parts.invalidateAll();
  }

  /** As Thymeleaf's Spring view sets a page up, for one fragment and into a string. */
  private String render(
      String template,
      String fragment,
      Map<String, Object> variables,
      HttpServletRequest request,
      HttpServletResponse response,
      Locale locale) {
    ServletContext servlet = request.getServletContext();
    Map<String, Object> model = new HashMap<>(variables);
    RequestContext context = new RequestContext(request, response, servlet, model);
    model.put("springRequestContext", context);
    model.put("springMacroRequestContext", context);
    model.put(
        SpringContextVariableNames.THYMELEAF_REQUEST_CONTEXT,
        new SpringWebMvcThymeleafRequestContext(context, request));
    model.put(
        ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
        new ThymeleafEvaluationContext(
            application,
            (ConversionService) request.getAttribute(ConversionService.class.getName()),
            engine.getAllowedClassOverridesForViews()));
    WebExpressionContext expressions =
        new WebExpressionContext(
            engine.getConfiguration(),
            JakartaServletWebApplication.buildApplication(servlet).buildExchange(request, response),
            locale,
            model);
    return engine.process(template, Set.of(fragment), expressions);
  }
}
