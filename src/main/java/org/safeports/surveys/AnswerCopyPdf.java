package org.safeports.surveys;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The copy of one's answers as a PDF: the same headings, questions and answers as the printable
 * page, on A4 pages that break where the text does. The text is set in Helvetica with the Windows
 * Latin encoding, which holds every letter of Spanish, Portuguese and French (á, ñ, ç, ã, õ, ê, œ,
 * «»...); a character outside it (a symbol or another script typed into a free-text answer) is
 * shown as "?" rather than failing the copy.
 */
@Component
class AnswerCopyPdf {

  private static final float MARGIN = 56;
  private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

  private final MessageSource messages;

  AnswerCopyPdf(MessageSource messages) {
    this.messages = messages;
  }

  byte[] render(AnswerCopy copy, String countryName, Locale locale) {
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle(message("surveys.answer.copyHeading", locale, copy.title()));
      Writer writer = new Writer(document);
      writer.paragraph(
          message("surveys.answer.copyHeading", locale, copy.title()), writer.bold, 16);
      if (countryName != null) {
        writer.paragraph(
            message("surveys.answer.forState", locale, countryName), writer.regular, 11);
      }
      String state =
          copy.submitted()
              ? message(
                  "surveys.answer.copySubmitted",
                  locale,
                  DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                      .withLocale(locale)
                      .withZone(ZoneOffset.UTC)
                      .format(copy.submittedAt()))
              : message("surveys.answer.copyDraft", locale);
      writer.paragraph(state, writer.regular, 11);
      for (AnswerCopy.Part part : copy.parts()) {
        writer.space(10);
        writer.paragraph(part.section(), writer.bold, 13);
        for (AnswerCopy.Line line : part.lines()) {
          writer.space(4);
          writer.paragraph(line.question(), writer.bold, 10.5f);
          if (line.answer().isEmpty()) {
            writer.paragraph(message("surveys.answer.notAnswered", locale), writer.italic, 10.5f);
          }
          for (String answer : line.answer()) {
            writer.paragraph(answer, writer.regular, 10.5f);
          }
        }
      }
      writer.close();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String message(String key, Locale locale, Object... arguments) {
    return messages.getMessage(key, arguments, locale);
  }

  /** Only what the font's encoding holds: other characters become "?", controls a space. */
  static String printable(String text) {
    PDFont font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    StringBuilder kept = new StringBuilder();
    text.codePoints()
        .forEach(
            cp -> {
              if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                kept.append(' ');
                return;
              }
              String character = new String(Character.toChars(cp));
              try {
                font.encode(character);
                kept.append(character);
              } catch (IllegalArgumentException | IOException e) {
                kept.append('?');
              }
            });
    return kept.toString();
  }

  /** Writes paragraphs down the page, starting a new page when one is full. */
  private static final class Writer {
    final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    final PDFont italic = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);
    private final PDDocument document;
    private PDPageContentStream stream;
    private float y;

    Writer(PDDocument document) throws IOException {
      this.document = document;
      newPage();
    }

    void newPage() throws IOException {
      if (stream != null) {
        stream.close();
      }
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      stream = new PDPageContentStream(document, page);
      y = PDRectangle.A4.getHeight() - MARGIN;
    }

    void space(float points) {
      y -= points;
    }

    void paragraph(String text, PDFont font, float size) throws IOException {
      float leading = size * 1.35f;
      for (String line : wrap(printable(text == null ? "" : text), font, size)) {
        if (y - leading < MARGIN) {
          newPage();
        }
        y -= leading;
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(MARGIN, y);
        stream.showText(line);
        stream.endText();
      }
    }

    private static List<String> wrap(String text, PDFont font, float size) throws IOException {
      List<String> lines = new ArrayList<>();
      StringBuilder line = new StringBuilder();
      for (String word : text.strip().split(" +")) {
        String tried = line.isEmpty() ? word : line + " " + word;
        if (width(tried, font, size) <= WIDTH) {
          line.setLength(0);
          line.append(tried);
          continue;
        }
        if (!line.isEmpty()) {
          lines.add(line.toString());
          line.setLength(0);
        }
        // A word longer than the line (an address, a long file name) is cut where it must be.
        String rest = word;
        while (width(rest, font, size) > WIDTH) {
          int cut = rest.length() - 1;
          while (cut > 1 && width(rest.substring(0, cut), font, size) > WIDTH) {
            cut--;
          }
          lines.add(rest.substring(0, cut));
          rest = rest.substring(cut);
        }
        line.append(rest);
      }
      lines.add(line.toString());
      return lines;
    }

    private static float width(String text, PDFont font, float size) throws IOException {
      return font.getStringWidth(text) / 1000 * size;
    }

    void close() throws IOException {
      stream.close();
    }
  }
}
