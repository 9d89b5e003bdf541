package org.coderpay.icons;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.coderpay.bake.BakeSession;
import org.coderpay.bake.DrawingCache;
import org.coderpay.bake.PngBytes;
import org.coderpay.bake.SiteRenderingStep;
import org.coderpay.bake.SiteSettings;
import org.coderpay.diagnostics.Problem;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.RenderingException;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the PNG fallbacks of assets/favicon.svg (for browsers and home screens that do not take SVG)
 * and the web app manifest. The icon is drawn from the same geometry as the SVG, with shapes only
 * (no text, so no fonts), which makes the PNGs byte-identical on every machine. They are drawn only when
 * this class changed ({@link DrawingCache}).
 */
public class SiteIconsWriter extends SiteRenderingStep {
    static final Color BRAND = new Color(0x0b, 0x57, 0xa4);
    /** Output path to edge length in pixels. */
    static final Map<String, Integer> PNGS = new TreeMap<>(Map.of(
            "favicon-32.png", 32, "apple-touch-icon.png", 180, "icon-192.png", 192, "icon-512.png", 512));
    static final String MANIFEST = "site.webmanifest";
    /** The drawing code, part of each cached icon's key: any change to this class draws them anew. */
    private static final String CODE_VERSION = DrawingCache.codeVersion(new Class<?>[] {SiteIconsWriter.class});

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        BakeSession session = BakeSession.of(config);
        Path out = config.getDestinationFolder().toPath();
        DrawingCache cache = DrawingCache.of(session, "icons");
        try {
            for (Map.Entry<String, Integer> png : PNGS.entrySet()) {
                session.claimOutput(png.getKey(), "assets/favicon.svg");
                int size = png.getValue();
                Files.write(out.resolve(png.getKey()), cache.get(DrawingCache.key(CODE_VERSION, Integer.toString(size)),
                        () -> drawn(size)));
            }
            cache.removeUnused();
            session.claimOutput(MANIFEST, "jbake.properties");
            Files.writeString(out.resolve(MANIFEST), manifest(SiteSettings.from(config)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            session.problems().add(Problem.inFile(Path.of("assets/favicon.svg"),
                    "Cannot write the site icons: " + e.getMessage(), "Check that the output folder is writable."));
        }
        return 0;
    }

    private static byte[] drawn(int size) {
        try {
            return png(size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The icon at {@code size} pixels: a rounded square with a dollar sign, as in favicon.svg. */
    static byte[] png(int size) throws IOException {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(size / 32.0, size / 32.0);
            g.setColor(BRAND);
            g.fill(new RoundRectangle2D.Double(0, 0, 32, 32, 12, 12));
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(2.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            Path2D.Double s = new Path2D.Double();
            s.moveTo(16, 5);
            s.lineTo(16, 27);
            s.moveTo(21, 10.5);
            s.curveTo(20, 8.9, 18.2, 8, 16, 8);
            s.curveTo(13.2, 8, 11, 9.5, 11, 12);
            s.curveTo(11, 14.5, 13.2, 15.4, 16, 16);
            s.curveTo(18.8, 16.6, 21, 17.5, 21, 20);
            s.curveTo(21, 22.5, 18.8, 24, 16, 24);
            s.curveTo(13.7, 24, 11.8, 23, 10.8, 21.3);
            g.draw(s);
        } finally {
            g.dispose();
        }
        return PngBytes.of(image);
    }

    static String manifest(SiteSettings site) {
        String base = site.basePath();
        ObjectNode m = JsonNodeFactory.instance.objectNode();
        m.put("name", site.title());
        m.put("short_name", "Coder Pay");
        m.put("description", site.tagline());
        m.put("lang", site.lang());
        m.put("start_url", base);
        m.put("display", "browser");
        m.put("background_color", "#ffffff");
        m.put("theme_color", "#0b3d6e");
        ArrayNode icons = m.putArray("icons");
        icons.addObject().put("src", base + "icon-192.png").put("sizes", "192x192").put("type", "image/png");
        icons.addObject().put("src", base + "icon-512.png").put("sizes", "512x512").put("type", "image/png");
        icons.addObject().put("src", base + "favicon.svg").put("sizes", "any").put("type", "image/svg+xml");
        return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(m) + "\n";
    }
}
