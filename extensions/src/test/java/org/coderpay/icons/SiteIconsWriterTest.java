package org.coderpay.icons;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.coderpay.build.RealSite;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SiteIconsWriterTest {

    @Test
    void iconsHaveTheirSizeAndAreTheSameOnEveryRun() throws IOException {
        for (var entry : SiteIconsWriter.PNGS.entrySet()) {
            byte[] first = SiteIconsWriter.png(entry.getValue());
            assertThat(SiteIconsWriter.png(entry.getValue())).as(entry.getKey()).isEqualTo(first);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(first));
            assertThat(image.getWidth()).isEqualTo(entry.getValue());
            assertThat(image.getHeight()).isEqualTo(entry.getValue());
            // The brand colour fills the corner's inside, white draws the sign through the middle.
            int inset = entry.getValue() / 8;
            assertThat(image.getRGB(inset, inset) & 0xffffff).isEqualTo(SiteIconsWriter.BRAND.getRGB() & 0xffffff);
            assertThat(image.getRGB(entry.getValue() / 2, entry.getValue() / 2) & 0xffffff).isEqualTo(0xffffff);
        }
    }

    @Test
    void thePublishedManifestIsValidJsonAndItsIconsExist() throws IOException {
        Path site = RealSite.published();
        JsonNode manifest = JsonMapper.builder().build().readTree(Files.readString(site.resolve("site.webmanifest")));
        assertThat(manifest.get("name").asString()).isNotBlank();
        for (JsonNode icon : manifest.get("icons")) {
            assertThat(site.resolve(icon.get("src").asString().substring(1))).isRegularFile();
        }
    }
}
