package org.safeports.platform.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.safeports.platform.text.Slugs;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Images for the web: JPEG, PNG or GIF by their content (not their name), at most 10 MB and 40
 * megapixels, redrawn (which drops anything hidden in the file) at most {@code maxWidth} pixels
 * wide. A refusal carries a reason with a message {@code image.refused.<reason>}.
 */
@Component
public class WebImages {

  public static final long MAX_BYTES = 10L * 1024 * 1024;
  static final long MAX_PIXELS = 40_000_000L;

  /** An image ready to store and serve. */
  public record WebImage(
      String fileName, String contentType, int width, int height, byte[] bytes) {}

  /**
   * Why an image was refused: {@code empty}, {@code tooLarge}, {@code tooManyPixels}, {@code
   * notAnImage}, {@code polyglot} (another file follows the picture).
   */
  public static class Refused extends RuntimeException {
    private final String reason;

    public Refused(String reason) {
      super(reason);
      this.reason = reason;
    }

    public String messageKey() {
      return "image.refused." + reason;
    }
  }

  public WebImage process(MultipartFile file, int maxWidth) {
    if (file == null || file.isEmpty()) {
      throw new Refused("empty");
    }
    if (file.getSize() > MAX_BYTES) {
      throw new Refused("tooLarge");
    }
    try {
      return process(file.getOriginalFilename(), file.getBytes(), maxWidth);
    } catch (IOException e) {
      throw new Refused("notAnImage");
    }
  }

  /** The same checks for an image that is not an upload (the demo's drawings). */
  public WebImage process(String originalName, byte[] content, int maxWidth) {
    if (content.length == 0) {
      throw new Refused("empty");
    }
    if (content.length > MAX_BYTES) {
      throw new Refused("tooLarge");
    }
    BufferedImage image;
    String format;
    try (InputStream in = new java.io.ByteArrayInputStream(content);
        ImageInputStream stream = ImageIO.createImageInputStream(in)) {
      Iterator<ImageReader> readers = stream == null ? null : ImageIO.getImageReaders(stream);
      if (readers == null || !readers.hasNext()) {
        throw new Refused("notAnImage");
      }
      ImageReader reader = readers.next();
      format = reader.getFormatName().toLowerCase(Locale.ROOT);
      if (!format.equals("jpeg") && !format.equals("png") && !format.equals("gif")) {
        throw new Refused("notAnImage");
      }
      if (TrailingData.after(content, format)) {
        throw new Refused("polyglot");
      }
      reader.setInput(stream, true, true);
      if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
        throw new Refused("tooManyPixels");
      }
      image = reader.read(0);
      reader.dispose();
    } catch (Refused refused) {
      throw refused;
    } catch (IOException | RuntimeException e) {
      throw new Refused("notAnImage");
    }
    BufferedImage resized = resize(image, maxWidth);
    boolean keepPng = !format.equals("jpeg") && resized.getColorModel().hasAlpha();
    byte[] bytes = keepPng ? png(resized) : jpeg(resized, 0.82f);
    String base = Slugs.of(stripExtension(originalName), 60);
    String name = (base.isEmpty() ? "image" : base) + (keepPng ? ".png" : ".jpg");
    return new WebImage(
        name, keepPng ? "image/png" : "image/jpeg", resized.getWidth(), resized.getHeight(), bytes);
  }

  /** A smaller copy of an image, for {@code srcset}. */
  public record Variant(int width, int height, String contentType, byte[] bytes) {}

  /**
   * The copies of an image already stored (so already checked and redrawn) at each of {@link
   * LeadImage#WIDTHS} narrower than it; JPEG at a lower quality, PNG where the image has
   * transparency.
   */
  public List<Variant> variants(byte[] stored) {
    BufferedImage image;
    try {
      image = ImageIO.read(new java.io.ByteArrayInputStream(stored));
    } catch (IOException e) {
      throw new Refused("notAnImage");
    }
    if (image == null) {
      throw new Refused("notAnImage");
    }
    List<Variant> variants = new java.util.ArrayList<>();
    for (int width : LeadImage.variantWidths(image.getWidth())) {
      BufferedImage resized = resize(image, width);
      boolean png = resized.getColorModel().hasAlpha();
      variants.add(
          new Variant(
              resized.getWidth(),
              resized.getHeight(),
              png ? "image/png" : "image/jpeg",
              png ? png(resized) : jpeg(resized, VARIANT_QUALITY)));
    }
    return variants;
  }

  /** Copies are seen small, where a lower quality does not show; the original keeps 0.82. */
  static final float VARIANT_QUALITY = 0.72f;

  private static String stripExtension(String name) {
    if (name == null) {
      return "";
    }
    String base = name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1);
    int dot = base.lastIndexOf('.');
    return dot > 0 ? base.substring(0, dot) : base;
  }

  private static BufferedImage resize(BufferedImage source, int maxWidth) {
    int width = Math.min(maxWidth, source.getWidth());
    int height =
        (int) Math.max(1, Math.round(source.getHeight() * (width / (double) source.getWidth())));
    boolean alpha = source.getColorModel().hasAlpha();
    BufferedImage target =
        new BufferedImage(
            width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    Graphics2D g = target.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    if (!alpha) {
      g.setColor(java.awt.Color.WHITE);
      g.fillRect(0, 0, width, height);
    }
    g.drawImage(source, 0, 0, width, height, null);
    g.dispose();
    return target;
  }

  private static byte[] png(BufferedImage image) {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new Refused("notAnImage");
    }
  }

  private static byte[] jpeg(BufferedImage image, float quality) {
    BufferedImage rgb = image;
    if (image.getType() != BufferedImage.TYPE_INT_RGB) {
      rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
      Graphics2D g = rgb.createGraphics();
      g.setColor(java.awt.Color.WHITE);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
      g.drawImage(image, 0, 0, null);
      g.dispose();
    }
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    try (ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(stream);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(quality);
      writer.write(null, new IIOImage(rgb, null, null), param);
      stream.flush();
      return out.toByteArray();
    } catch (IOException e) {
      throw new Refused("notAnImage");
    } finally {
      writer.dispose();
    }
  }
}
