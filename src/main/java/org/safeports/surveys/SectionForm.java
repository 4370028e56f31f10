package org.safeports.surveys;

import java.util.LinkedHashMap;
import java.util.Map;

/** A section's title and introduction per language, and its condition (as in QuestionForm). */
public class SectionForm {

  private String condition;
  private Map<String, String> title = new LinkedHashMap<>();
  private Map<String, String> intro = new LinkedHashMap<>();

  public String getCondition() {
    return condition;
  }

  public void setCondition(String condition) {
    this.condition = condition;
  }

  public Map<String, String> getTitle() {
    return title;
  }

  public void setTitle(Map<String, String> title) {
    this.title = title;
  }

  public Map<String, String> getIntro() {
    return intro;
  }

  public void setIntro(Map<String, String> intro) {
    this.intro = intro;
  }
}
