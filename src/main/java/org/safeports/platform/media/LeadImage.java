package org.safeports.platform.media;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A lead image as a page shows it: the address of each width for {@code srcset}, its size (so that
 * the page does not move when it arrives), and its words. {@code alt} is empty for an image marked
 * decorative; {@code language} is the language of its words (the page's, or the original's).
 */
public record LeadImage(
    String src,
    String srcset,
    int width,
    int height,
    String alt,
    String caption,
    String credit,
    String language,
    List<Candidate> candidates) {

  /** One width of the image and its address. */
  public record Candidate(String path, int width) {}

  /**
   * {@code srcset} without the widths over {@code maxWidth}: where the image is shown small, a
   * screen of high density gets no more than that (the home page's weight budget).
   */
  public String srcsetUpTo(int maxWidth) {
    return String.join(
        ", ", upTo(maxWidth).stream().map(c -> c.path() + " " + c.width() + "w").toList());
  }

  /** The address of the widest copy not over {@code maxWidth}. */
  public String srcUpTo(int maxWidth) {
    List<Candidate> fitting = upTo(maxWidth);
    return fitting.get(fitting.size() - 1).path();
  }

  private List<Candidate> upTo(int maxWidth) {
    List<Candidate> fitting = candidates.stream().filter(c -> c.width() <= maxWidth).toList();
    return fitting.isEmpty() ? candidates.subList(0, 1) : fitting;
  }

  /** The widths made of every lead image, where it is wider; the original is the last width. */
  public static final List<Integer> WIDTHS = List.of(240, 480, 800, 1200);

  /** The widths smaller than the original: an image is never made larger. */
  public static List<Integer> variantWidths(int originalWidth) {
    return WIDTHS.stream().filter(w -> w < originalWidth).toList();
  }

  /**
   * @param variantPath the address of the copy of a given width
   * @param originalPath the address of the image itself
   */
  public static LeadImage of(
      IntFunction<String> variantPath,
      String originalPath,
      int width,
      int height,
      String alt,
      String caption,
      String credit,
      String language) {
    List<Candidate> candidates = new ArrayList<>();
    String src = originalPath;
    for (int w : variantWidths(width)) {
      String path = variantPath.apply(w);
      candidates.add(new Candidate(path, w));
      if (w <= 800) {
        src = path;
      }
    }
    candidates.add(new Candidate(originalPath, width));
    List<String> srcset = candidates.stream().map(c -> c.path() + " " + c.width() + "w").toList();
    return new LeadImage(
        src,
        String.join(", ", srcset),
        width,
        height,
        alt == null ? "" : alt,
        blankToNull(caption),
        blankToNull(credit),
        language,
        List.copyOf(candidates));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
