package org.safeports.surveys;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The questionnaire and answers as the JSON they are stored as, and back. */
@Component
class Questionnaires {

  private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

  String write(Questionnaire questionnaire) {
    return JSON.writeValueAsString(questionnaire);
  }

  Questionnaire read(String json) {
    return json == null || json.isBlank()
        ? Questionnaire.EMPTY
        : JSON.readValue(json, Questionnaire.class);
  }

  String write(Answers answers) {
    return JSON.writeValueAsString(answers.byQuestion());
  }

  Answers readAnswers(String json) {
    if (json == null || json.isBlank()) {
      return Answers.NONE;
    }
    java.util.Map<String, Answer> map =
        JSON.readValue(
            json,
            JSON.getTypeFactory()
                .constructMapType(java.util.LinkedHashMap.class, String.class, Answer.class));
    return new Answers(map);
  }
}
