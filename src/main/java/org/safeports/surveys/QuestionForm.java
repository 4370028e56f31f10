package org.safeports.surveys;

import jakarta.validation.constraints.NotNull;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One question as the editor types it: its kind, texts and help per language, options and matrix
 * rows one a line per language (the same line in each language is the same option), bounds, and a
 * condition on an earlier choice ({@code "q3=o2"}: shown when question q3 was answered with o2).
 */
public class QuestionForm {

  @NotNull(message = "{surveys.builder.kind.required}")
  private QuestionKind kind = QuestionKind.SINGLE;

  private boolean required;
  private boolean allowOther;
  private Integer min;
  private Integer max;
  private String condition;
  private Map<String, String> text = new LinkedHashMap<>();
  private Map<String, String> help = new LinkedHashMap<>();
  private Map<String, String> options = new LinkedHashMap<>();
  private Map<String, String> rows = new LinkedHashMap<>();

  public QuestionKind getKind() {
    return kind;
  }

  public void setKind(QuestionKind kind) {
    this.kind = kind;
  }

  public boolean isRequired() {
    return required;
  }

  public void setRequired(boolean required) {
    this.required = required;
  }

  public boolean isAllowOther() {
    return allowOther;
  }

  public void setAllowOther(boolean allowOther) {
    this.allowOther = allowOther;
  }

  public Integer getMin() {
    return min;
  }

  public void setMin(Integer min) {
    this.min = min;
  }

  public Integer getMax() {
    return max;
  }

  public void setMax(Integer max) {
    this.max = max;
  }

  public String getCondition() {
    return condition;
  }

  public void setCondition(String condition) {
    this.condition = condition;
  }

  public Map<String, String> getText() {
    return text;
  }

  public void setText(Map<String, String> text) {
    this.text = text;
  }

  public Map<String, String> getHelp() {
    return help;
  }

  public void setHelp(Map<String, String> help) {
    this.help = help;
  }

  public Map<String, String> getOptions() {
    return options;
  }

  public void setOptions(Map<String, String> options) {
    this.options = options;
  }

  public Map<String, String> getRows() {
    return rows;
  }

  public void setRows(Map<String, String> rows) {
    this.rows = rows;
  }
}
