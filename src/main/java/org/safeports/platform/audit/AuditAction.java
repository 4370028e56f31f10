package org.safeports.platform.audit;

import java.util.Arrays;
import java.util.List;

/**
 * Everything the audit log records, with the module that does it and the kind of object it acts on.
 * A module that starts recording something new adds it here, with its label in the platform bundle
 * ({@code audit.action.NAME}).
 */
public enum AuditAction {
  SIGN_IN("identity", "account"),
  SIGN_IN_FAILED("identity", "account"),
  SIGN_IN_THROTTLED("identity", "account"),
  SIGN_OUT("identity", "account"),
  PASSWORD_CHANGED("identity", "account"),
  PASSWORD_RESET("identity", "account"),
  SECOND_FACTOR_ENABLED("identity", "account"),
  SECOND_FACTOR_DISABLED("identity", "account"),
  RECOVERY_CODES_RENEWED("identity", "account"),
  ROLE_CHANGED("identity", "account"),
  ACCOUNT_DISABLED("identity", "account"),
  ACCOUNT_ENABLED("identity", "account"),
  CONTENT_PUBLISHED("content", "content"),
  CONTENT_UNPUBLISHED("content", "content"),
  CONTENT_ARCHIVED("content", "content"),
  PIECE_PUBLISHED("voices", "piece"),
  PIECE_UNPUBLISHED("voices", "piece"),
  PIECE_DECLINED("voices", "piece"),
  DOCUMENT_PUBLISHED("library", "document"),
  DOCUMENT_WITHDRAWN("library", "document"),
  PLAN_APPROVED("library", "document"),
  PLAN_RETURNED("library", "document"),
  DOCUMENT_DOWNLOADED("library", "document"),
  CONTACT_ANSWERED("contact", "message"),
  CONTACT_CLOSED("contact", "message"),
  CONTACT_REOPENED("contact", "message"),
  DELEGATE_APPOINTED("membership", "delegate"),
  DELEGATE_REMOVED("membership", "delegate"),
  INVITATION_SENT("membership", "invitation"),
  INVITATION_ACCEPTED("membership", "invitation"),
  INVITATION_CANCELLED("membership", "invitation"),
  MEMBER_STATE_CHANGED("membership", "member-state"),
  TAG_CHAIR_CHANGED("membership", "member-state"),
  APPLICATION_INFO_REQUESTED("membership", "application"),
  APPLICATION_APPROVED("membership", "application"),
  APPLICATION_DECLINED("membership", "application"),
  PFSO_APPROVED("membership", "pfso-request"),
  PFSO_DECLINED("membership", "pfso-request"),
  PFSO_EXPIRED("membership", "pfso-request"),
  FORUM_POST_HIDDEN("forum", "forum-post"),
  FORUM_POST_RESTORED("forum", "forum-post"),
  FORUM_POST_APPROVED("forum", "forum-post"),
  FORUM_POST_REJECTED("forum", "forum-post"),
  FORUM_POST_EDITED("forum", "forum-post"),
  FORUM_FLAGS_DISMISSED("forum", "forum-post"),
  FORUM_TOPIC_CHANGED("forum", "forum-topic"),
  FORUM_TOPIC_MOVED("forum", "forum-topic"),
  FORUM_TOPIC_MERGED("forum", "forum-topic"),
  FORUM_TOPIC_SPLIT("forum", "forum-topic"),
  FORUM_CATEGORY_SAVED("forum", "forum-category"),
  FORUM_SETTINGS_CHANGED("forum", "forum-settings"),
  SURVEY_BRIEF_SAVED("surveys", "survey-brief"),
  SURVEY_BRIEF_PUBLISHED("surveys", "survey-brief"),
  SURVEY_BRIEF_TRANSLATED("surveys", "survey-brief"),
  SURVEY_OPENED("surveys", "survey"),
  SURVEY_CLOSED("surveys", "survey"),
  SURVEY_EXTENDED("surveys", "survey"),
  SURVEY_VERSION_PUBLISHED("surveys", "survey"),
  SURVEY_COPIED("surveys", "survey"),
  SURVEY_RESPONSE_REOPENED("surveys", "survey-response"),
  EVENT_CREATED("events", "event"),
  EVENT_CHANGED("events", "event"),
  EVENT_PUBLISHED("events", "event"),
  EVENT_UNPUBLISHED("events", "event"),
  EVENT_CANCELLED("events", "event"),
  EVENT_DUPLICATED("events", "event"),
  EVENT_SESSION_ADDED("events", "event-session"),
  EVENT_SESSION_CHANGED("events", "event-session"),
  EVENT_SESSION_DELETED("events", "event-session"),
  EVENT_TALK_ADDED("events", "event-talk"),
  EVENT_TALK_CHANGED("events", "event-talk"),
  EVENT_TALK_DELETED("events", "event-talk"),
  EVENT_SPEAKER_ADDED("events", "event-speaker"),
  EVENT_SPEAKER_CHANGED("events", "event-speaker"),
  EVENT_SPEAKER_DELETED("events", "event-speaker"),
  EVENT_REGISTRATION_APPROVED("events", "event-registration"),
  EVENT_REGISTRATION_REFUSED("events", "event-registration"),
  EVENT_ATTENDANCE_MARKED("events", "event"),
  EVENT_REGISTRANTS_MESSAGED("events", "event"),
  EVENT_FORM_SAVED("events", "event"),
  EVENT_DOCUMENT_ATTACHED("events", "event"),
  EVENT_DOCUMENT_MOVED("events", "event"),
  EVENT_DOCUMENT_REMOVED("events", "event"),
  EVENT_CALENDAR_RENEWED("events", "account"),
  WORK_CLAIMED("admin", "work-item"),
  WORK_LEFT("admin", "work-item"),
  SEARCH_INDEX_REBUILT("search", "search-index");

  private final String module;
  private final String objectType;

  AuditAction(String module, String objectType) {
    this.module = module;
    this.objectType = objectType;
  }

  public String module() {
    return module;
  }

  public String objectType() {
    return objectType;
  }

  /** The modules that record something, in the order their actions are listed. */
  public static List<String> modules() {
    return Arrays.stream(values()).map(AuditAction::module).distinct().toList();
  }

  /** The kinds of object the log names. */
  public static List<String> objectTypes() {
    return Arrays.stream(values()).map(AuditAction::objectType).distinct().toList();
  }
}
