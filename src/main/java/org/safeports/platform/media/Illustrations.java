package org.safeports.platform.media;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Harbour scenes drawn in the portal's colours, for the demo's lead images: made here, so that the
 * demo carries no photograph of anyone's. Each is a PNG of the size asked, the same every time.
 */
public final class Illustrations {

  private static final Color BRAND = new Color(0x0b4f6c);
  private static final Color BRAND_DARK = new Color(0x083a50);
  private static final Color ACCENT = new Color(0xb4451f);
  private static final Color WASH = new Color(0xf2f6f8);
  private static final Color LINE = new Color(0xc9d5dd);
  private static final Color SAND = new Color(0xe8c872);
  private static final Color SEA = new Color(0x2f7f9e);

  private Illustrations() {}

  /** {@code cranes}, {@code ship}, {@code lighthouse} or {@code drill}. */
  public static byte[] draw(String subject, int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.scale(width / 1200.0, height / 675.0);
    sky(g, subject.equals("drill") ? new Color(0xf4d6b0) : new Color(0xcfe6f0));
    switch (subject) {
      case "cranes" -> cranes(g);
      case "ship" -> ship(g);
      case "lighthouse" -> lighthouse(g);
      case "drill" -> drill(g);
      default -> throw new IllegalArgumentException(subject);
    }
    g.dispose();
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sky(Graphics2D g, Color low) {
    g.setPaint(new GradientPaint(0, 0, WASH, 0, 420, low));
    g.fillRect(0, 0, 1200, 430);
    g.setPaint(new GradientPaint(0, 420, SEA, 0, 675, BRAND_DARK));
    g.fillRect(0, 420, 1200, 255);
    g.setColor(new Color(255, 255, 255, 70));
    g.setStroke(new BasicStroke(3));
    Random waves = new Random(7);
    for (int i = 0; i < 40; i++) {
      int x = waves.nextInt(1200);
      int y = 440 + waves.nextInt(230);
      g.drawLine(x, y, x + 30 + waves.nextInt(40), y);
    }
  }

  private static void quay(Graphics2D g, int top) {
    g.setColor(new Color(0x8a99a6));
    g.fillRect(0, top, 1200, 675 - top);
    g.setColor(new Color(0x6b7c89));
    g.fillRect(0, top, 1200, 10);
    g.setColor(SAND);
    for (int x = 20; x < 1200; x += 90) {
      g.fillRect(x, top + 40, 50, 6);
    }
  }

  private static void containers(Graphics2D g, int x, int y, int columns, int rows, long seed) {
    Color[] colours = {ACCENT, BRAND, SAND, new Color(0x1d6b3a), new Color(0x6b7c89)};
    Random pick = new Random(seed);
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        g.setColor(colours[pick.nextInt(colours.length)]);
        g.fillRect(x + c * 64, y - (r + 1) * 28, 62, 26);
        g.setColor(new Color(0, 0, 0, 40));
        for (int s = 8; s < 62; s += 9) {
          g.drawLine(x + c * 64 + s, y - (r + 1) * 28 + 3, x + c * 64 + s, y - r * 28 - 5);
        }
      }
    }
  }

  private static void crane(Graphics2D g, int x, int base, int height, Color colour) {
    g.setColor(colour);
    g.setStroke(new BasicStroke(10));
    g.drawLine(x, base, x, base - height);
    g.drawLine(x + 120, base, x + 120, base - height);
    g.drawLine(x, base - height / 2, x + 120, base - height / 2);
    g.setStroke(new BasicStroke(3));
    for (int i = 0; i < 4; i++) {
      int y = base - height / 2 - i * (height / 8);
      g.drawLine(x, y, x + 120, y - height / 8);
    }
    g.fillRect(x - 160, base - height - 14, 420, 18);
    g.fillRect(x + 40, base - height - 70, 40, 60);
    g.setStroke(new BasicStroke(2));
    g.setColor(BRAND_DARK);
    g.drawLine(x - 120, base - height + 4, x - 120, base - height + 120);
    g.fillRect(x - 140, base - height + 120, 40, 12);
  }

  private static void hull(Graphics2D g, int x, int y, int length, Color colour) {
    Polygon hull = new Polygon();
    hull.addPoint(x, y);
    hull.addPoint(x + length, y);
    hull.addPoint(x + length - 40, y + 70);
    hull.addPoint(x + 30, y + 70);
    g.setColor(colour);
    g.fillPolygon(hull);
    g.setColor(ACCENT);
    g.fillRect(x + 30, y + 58, length - 70, 12);
  }

  private static void cranes(Graphics2D g) {
    quay(g, 470);
    hull(g, 40, 400, 560, BRAND_DARK);
    containers(g, 90, 400, 7, 3, 3);
    crane(g, 250, 470, 300, ACCENT);
    crane(g, 700, 470, 300, ACCENT);
    containers(g, 880, 560, 4, 3, 11);
    containers(g, 420, 640, 6, 2, 5);
  }

  private static void ship(Graphics2D g) {
    g.setColor(new Color(0xf0b35a));
    g.fill(new Ellipse2D.Double(930, 110, 110, 110));
    g.setColor(new Color(0x7d95a3));
    Path2D hills = new Path2D.Double();
    hills.moveTo(0, 430);
    hills.curveTo(200, 330, 380, 380, 520, 430);
    hills.closePath();
    g.fill(hills);
    hull(g, 180, 380, 780, BRAND);
    containers(g, 240, 380, 9, 3, 17);
    g.setColor(WASH);
    g.fillRect(820, 250, 90, 130);
    g.setColor(BRAND_DARK);
    for (int y = 265; y < 360; y += 28) {
      g.fillRect(832, y, 66, 12);
    }
    g.setColor(ACCENT);
    g.fillRect(850, 215, 30, 35);
  }

  private static void lighthouse(Graphics2D g) {
    g.setColor(new Color(0x6b7c89));
    Path2D breakwater = new Path2D.Double();
    breakwater.moveTo(560, 675);
    breakwater.lineTo(760, 470);
    breakwater.lineTo(1200, 470);
    breakwater.lineTo(1200, 675);
    breakwater.closePath();
    g.fill(breakwater);
    Polygon tower = new Polygon(new int[] {880, 960, 940, 900}, new int[] {470, 470, 180, 180}, 4);
    g.setColor(WASH);
    g.fillPolygon(tower);
    g.setColor(ACCENT);
    g.fillRect(884, 380, 72, 34);
    g.fillRect(893, 270, 54, 30);
    g.setColor(BRAND_DARK);
    g.fillRect(890, 140, 60, 42);
    g.setColor(new Color(0xf6d365));
    g.fillRect(900, 148, 40, 26);
    g.setColor(new Color(246, 211, 101, 90));
    g.fillPolygon(new int[] {900, 400, 400}, new int[] {160, 90, 230}, 3);
    hull(g, 150, 470, 300, BRAND);
    g.setColor(WASH);
    g.fillRect(330, 420, 70, 50);
  }

  private static void drill(Graphics2D g) {
    quay(g, 480);
    hull(g, 60, 410, 520, BRAND_DARK);
    g.setColor(WASH);
    g.fillRect(420, 300, 110, 110);
    // A line of people in high-visibility vests at the muster point, and the orange rescue boat.
    for (int i = 0; i < 7; i++) {
      int x = 700 + i * 60;
      g.setColor(BRAND_DARK);
      g.fill(new Ellipse2D.Double(x, 520, 26, 26));
      g.setColor(new Color(0xf08a24));
      g.fillRoundRect(x - 6, 548, 38, 56, 10, 10);
      g.setColor(LINE);
      g.fillRect(x - 6, 568, 38, 6);
    }
    g.setColor(new Color(0xf08a24));
    g.fillRoundRect(160, 440, 180, 40, 30, 30);
    g.setColor(BRAND_DARK);
    g.fillRect(210, 425, 50, 18);
    g.setColor(ACCENT);
    g.setStroke(new BasicStroke(8));
    g.drawLine(650, 480, 650, 330);
    g.fillPolygon(new int[] {654, 740, 654}, new int[] {330, 355, 380}, 3);
  }
}
