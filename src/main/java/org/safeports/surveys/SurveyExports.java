package org.safeports.surveys;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.safeports.platform.web.CsvExport;
import org.safeports.platform.web.Language;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every submitted answer of a survey, one line per response and one column per question (a matrix
 * gives a column per row), as CSV and as a spreadsheet. The filter and the privacy threshold are
 * the results page's. Cells that a spreadsheet would take for a formula are made text in the CSV
 * ({@link CsvExport}); in the XLSX every cell is written as a string, which is never evaluated, and
 * gets the same apostrophe so both files read alike.
 */
@Service
@Transactional(readOnly = true)
class SurveyExports {

  private final SurveyResults results;

  SurveyExports(SurveyResults results) {
    this.results = results;
  }

  /** A column: its heading and how a response's answers fill it. */
  private record Column(String heading, Function<Answers, String> value) {}

  void csv(long surveyId, SurveyResults.Filter filter, Locale locale, OutputStream out) {
    SurveyRecords.Head survey = results.head(surveyId, locale);
    List<Column> columns = columns(surveyId, survey, locale);
    try (CsvExport csv = new CsvExport(out, headings(columns))) {
      for (SurveyResults.Respondent respondent : results.exported(surveyId, filter)) {
        csv.row(cells(respondent, columns));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void xlsx(long surveyId, SurveyResults.Filter filter, Locale locale, OutputStream out) {
    SurveyRecords.Head survey = results.head(surveyId, locale);
    List<Column> columns = columns(surveyId, survey, locale);
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Sheet sheet = book.createSheet("answers");
      write(sheet.createRow(0), headings(columns));
      int line = 1;
      for (SurveyResults.Respondent respondent : results.exported(surveyId, filter)) {
        write(sheet.createRow(line++), cells(respondent, columns));
      }
      book.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Row row, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      row.createCell(i).setCellValue(CsvExport.neutralised(cells.get(i)));
    }
  }

  private static List<String> headings(List<Column> columns) {
    List<String> headings =
        new ArrayList<>(List.of("response", "country", "role", "submitted_at", "version"));
    columns.forEach(c -> headings.add(c.heading()));
    return headings;
  }

  private static List<String> cells(SurveyResults.Respondent respondent, List<Column> columns) {
    SurveyRecords.Response response = respondent.response();
    List<String> cells = new ArrayList<>();
    cells.add(String.valueOf(response.id()));
    cells.add(respondent.country() == null ? "" : respondent.country());
    cells.add(respondent.role() == null ? "" : respondent.role().name());
    cells.add(response.submittedAt() == null ? "" : response.submittedAt().toString());
    cells.add(String.valueOf(response.versionId()));
    columns.forEach(c -> cells.add(c.value().apply(response.answers())));
    return cells;
  }

  private List<Column> columns(long surveyId, SurveyRecords.Head survey, Locale locale) {
    String language = Language.of(locale).code();
    String fallback = survey.originalLanguage();
    List<Column> columns = new ArrayList<>();
    results
        .layout(surveyId)
        .questions()
        .forEach(
            q -> {
              String heading = q.key() + " " + q.text().in(language, fallback);
              if (q.kind() == QuestionKind.MATRIX) {
                for (Questionnaire.Option row : q.rows()) {
                  columns.add(
                      new Column(
                          heading + " / " + row.label().in(language, fallback),
                          a ->
                              a.get(q.key()) == null
                                  ? ""
                                  : label(
                                      q,
                                      a.get(q.key()).matrix().get(row.key()),
                                      language,
                                      fallback)));
                }
              } else {
                columns.add(new Column(heading, a -> value(q, a.get(q.key()), language, fallback)));
              }
            });
    return columns;
  }

  /** An answer as one cell: chosen options by their labels, "other" after them. */
  private static String value(
      Questionnaire.Question question, Answer answer, String language, String fallback) {
    if (answer == null) {
      return "";
    }
    return switch (question.kind()) {
      case SINGLE, MULTIPLE -> {
        List<String> parts = new ArrayList<>();
        answer.choices().forEach(k -> parts.add(label(question, k, language, fallback)));
        if (answer.otherText() != null && !answer.otherText().isBlank()) {
          parts.add(answer.otherText());
        }
        yield String.join("; ", parts);
      }
      case TEXT -> answer.text() == null ? "" : answer.text();
      case NUMBER, RATING -> plain(answer.number());
      case DATE -> answer.date() == null ? "" : answer.date().toString();
      case FILE -> answer.text() == null ? "" : answer.text();
      case MATRIX -> "";
    };
  }

  private static String label(
      Questionnaire.Question question, String optionKey, String language, String fallback) {
    if (optionKey == null) {
      return "";
    }
    return question.options().stream()
        .filter(o -> o.key().equals(optionKey))
        .map(o -> o.label().in(language, fallback))
        .findFirst()
        .orElse(optionKey);
  }

  private static String plain(BigDecimal number) {
    return number == null ? "" : number.stripTrailingZeros().toPlainString();
  }
}
