package org.coderpay.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small published site written into a test's temporary folder. */
final class Fixture {
    static final String CSS = "body { color: #1b1f24; background: #fff; }\n"
            + "a:focus-visible { outline: 3px solid #b35c00; }\n";

    private final Path root;

    Fixture(Path root) throws IOException {
        this.root = root;
        file("css/site.css", CSS);
    }

    /** A valid page around {@code body} (which goes inside main). */
    static String html(String title, String body) {
        return "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + title + "</title>\n<link rel=\"stylesheet\" href=\"/css/site.css\">\n</head>\n<body>\n"
                + "<main id=\"main\">\n<h1>" + title + "</h1>\n" + body + "\n</main>\n</body>\n</html>\n";
    }

    Fixture file(String path, String text) throws IOException {
        Path p = root.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return this;
    }

    Fixture page(String path, String body) throws IOException {
        return file(path, html("Page " + path, body));
    }

    PublishedSite site() throws IOException {
        return PublishedSite.load(root, null);
    }
}
