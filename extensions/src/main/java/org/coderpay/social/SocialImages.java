package org.coderpay.social;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.coderpay.bake.DrawingCache;
import org.coderpay.bake.PngBytes;

/**
 * Draws the 1200 x 630 preview image that link previews show for a page: the site's name, the page
 * title and, where the page has one, its headline range. The font is Liberation Sans (SIL Open Font
 * License) from the PDFBox jar, not a system font, so the PNGs are byte-identical on any machine with
 * this JDK, with or without fonts installed.
 */
public final class SocialImages {
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 630;
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final Color BRAND = new Color(0x0b, 0x3d, 0x6e);
    private static final Color ACCENT = new Color(0xff, 0xb3, 0x57);
    private static final Font BASE = loadFont();
    private static final String CODE_VERSION = DrawingCache.codeVersion(
            new Class<?>[] {SocialImages.class, Headline.class}, FONT);

    private SocialImages() {
    }

    /** Where a page's image goes: {@code guide/states/california/index.html} gives {@code social/guide-states-california.png}. */
    public static String pathFor(String outputPath) {
        String slug = outputPath.replaceFirst("(^|/)index\\.html$", "").replaceFirst("\\.html$", "").replace('/', '-');
        return "social/" + (slug.isEmpty() ? "home" : slug) + ".png";
    }

    /** The page's main figure, with what it is: "Annual pay", "$55,000–$75,000". */
    public record Headline(String label, String value) {
    }

    /** Everything the bytes of {@link #draw} depend on, as a {@link DrawingCache} key. */
    public static String cacheKey(String siteTitle, String title, Headline headline) {
        return DrawingCache.key(CODE_VERSION, siteTitle, title,
                headline == null ? null : headline.label(), headline == null ? null : headline.value());
    }

    /** @param headline the figure to show under the title, or null for a title-only image */
    public static byte[] draw(String siteTitle, String title, Headline headline) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(BRAND);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(ACCENT);
            g.fillRect(80, 96, 96, 8);
            g.setColor(Color.WHITE);
            g.setFont(BASE.deriveFont(36f));
            g.drawString(siteTitle, 80, 80);
            Font titleFont = BASE.deriveFont(headline == null ? 76f : 68f);
            g.setFont(titleFont);
            int y = 200;
            for (String line : wrap(title, g.getFontMetrics(), WIDTH - 160, 3)) {
                g.drawString(line, 80, y);
                y += (int) (titleFont.getSize2D() * 1.2f);
            }
            if (headline != null) {
                g.setFont(BASE.deriveFont(34f));
                g.drawString(headline.label(), 80, HEIGHT - 170);
                g.setColor(ACCENT);
                g.setFont(BASE.deriveFont(64f));
                g.drawString(headline.value(), 80, HEIGHT - 90);
            }
        } finally {
            g.dispose();
        }
        return PngBytes.of(image);
    }

    /** Greedy word wrap; a title too long for {@code maxLines} ends with an ellipsis. */
    static List<String> wrap(String text, FontMetrics metrics, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (metrics.stringWidth(candidate) <= width || line.length() == 0) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        lines.add(line.toString());
        if (lines.size() > maxLines) {
            List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
            kept.set(maxLines - 1, kept.get(maxLines - 1) + "\u2026");
            return kept;
        }
        return lines;
    }

    private static Font loadFont() {
        try (InputStream in = SocialImages.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("Font " + FONT + " not on the classpath (org.apache.pdfbox:pdfbox)");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("Cannot load " + FONT, e);
        }
    }
}
