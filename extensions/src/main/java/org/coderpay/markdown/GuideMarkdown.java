package org.coderpay.markdown;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.coderpay.bake.BakeSession;
import org.coderpay.diagnostics.Problem;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.misc.Extension;

/**
 * The Markdown dialect of the guide: CommonMark, tables, heading ids, and our directives. Problems
 * are reported through the bake session with the Markdown file's own line numbers.
 */
public final class GuideMarkdown {
    /** The Markdown file as editors see it, for messages. */
    public static final DataKey<Path> SOURCE_FILE = new DataKey<>("GUIDE_SOURCE_FILE", Path.of("(markdown)"));
    /** The file's lines, for the excerpt under a message. */
    public static final DataKey<List<String>> SOURCE_LINES = new DataKey<>("GUIDE_SOURCE_LINES", List.of());
    /** File line number of the body's first line, minus one: body line n is file line n + offset. */
    public static final DataKey<Integer> LINE_OFFSET = new DataKey<>("GUIDE_LINE_OFFSET", 0);
    /** The bake this document belongs to; null when rendering outside a bake (spec tests). */
    public static final NullableDataKey<BakeSession> SESSION = new NullableDataKey<>("GUIDE_BAKE_SESSION");

    private GuideMarkdown() {
    }

    /** The flexmark extensions every page gets. Directive extensions register here. */
    public static List<Extension> extensions() {
        List<Extension> list = new ArrayList<>();
        list.add(TablesExtension.create());
        // Definition lists (term, then ": definition") for the glossary: a <dl> says what each entry is.
        list.add(com.vladsch.flexmark.ext.definition.DefinitionExtension.create());
        list.add(org.coderpay.markdown.directives.SalaryDirectivesExtension.create());
        list.add(org.coderpay.seo.BasePathLinks.create());
        return list;
    }

    public static MutableDataSet options() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, extensions());
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.SUPPRESS_HTML_COMMENT_BLOCKS, true);
        options.set(HtmlRenderer.SUPPRESS_INLINE_HTML_COMMENTS, true);
        options.set(TablesExtension.CLASS_NAME, "prose-table");
        return options;
    }

    /**
     * Renders a page body to HTML and reports raw HTML, which would bypass escaping, accessibility
     * checks and the directives that keep figures in the datasets.
     */
    public static RenderedBody render(String body, BakeSession session, Path file, List<String> fileLines,
            int lineOffset) {
        return render(body, session, file, fileLines, lineOffset, List.of());
    }

    /**
     * A page body as HTML, with what its layout needs to know about it, read from the syntax tree (never
     * from the HTML): the directives it uses, in order of first use ({@code salary-table}, ...), and its
     * second-level headings with the ids the renderer gave them, for a table of contents.
     */
    public record RenderedBody(String html, List<String> directives, List<Section> sections) {
        public RenderedBody {
            directives = List.copyOf(directives);
            sections = List.copyOf(sections);
        }
    }

    /** A second-level heading: its text as readers see it, and its id. */
    public record Section(String title, String id) {
    }

    /** @param allowedFigures the page's {@code allow-figures} entries (see {@link HandTypedFigureCheck}) */
    public static RenderedBody render(String body, BakeSession session, Path file, List<String> fileLines,
            int lineOffset, List<String> allowedFigures) {
        MutableDataSet options = options();
        options.set(SOURCE_FILE, file);
        options.set(SOURCE_LINES, fileLines);
        options.set(LINE_OFFSET, lineOffset);
        options.set(SESSION, session);
        if (session != null) {
            options.set(org.coderpay.seo.BasePathLinks.BASE_PATH,
                    org.coderpay.bake.SiteSettings.from(session.config()).basePath());
        }
        Parser parser = Parser.builder(options).build();
        Document document = parser.parse(body);
        reportRawHtml(document, session, file, fileLines, lineOffset);
        HandTypedFigureCheck.check(document, session, file, fileLines, lineOffset, allowedFigures);
        // Rendering gives headings their ids, so the tree is read after it.
        String html = HtmlRenderer.builder(options).build().render(document);
        java.util.Set<String> directives = new java.util.LinkedHashSet<>();
        List<Section> sections = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof org.coderpay.markdown.directives.FigureBlock<?> block) {
                directives.add(block.directive());
            } else if (node instanceof Heading heading && heading.getLevel() == 2 && !heading.getAnchorRefId().isEmpty()) {
                String title = new TextCollectingVisitor().collectAndGetText(heading).strip().replaceAll("\\s+", " ");
                sections.add(new Section(title, heading.getAnchorRefId()));
            }
        }
        return new RenderedBody(html, List.copyOf(directives), sections);
    }

    private static void reportRawHtml(Node node, BakeSession session, Path file, List<String> lines, int offset) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            boolean html = (child instanceof HtmlBlock || child instanceof HtmlInline)
                    && !child.getChars().toString().strip().startsWith("<!--");
            if (html && session != null) {
                int line = child.getStartLineNumber() + 1 + offset;
                String lineText = line <= lines.size() ? lines.get(line - 1) : "";
                String tag = child.getChars().toString().strip();
                int column = Math.max(1, lineText.indexOf(tag.lines().findFirst().orElse(tag)) + 1);
                session.problems().add(Problem.at(file, line, column, "Raw HTML is not allowed in Markdown.",
                        "Write it in Markdown, or use a directive (see docs/editors-guide.md); layouts belong in "
                                + "templates/."), lines, Math.max(1, Math.min(tag.length(), 40)));
            } else {
                reportRawHtml(child, session, file, lines, offset);
            }
        }
    }

    /** Reports a problem at a body line of the document being parsed with {@code options}. */
    public static void report(com.vladsch.flexmark.util.data.DataHolder options, int bodyLine, int column,
            String message, String hint, int width) {
        BakeSession session = SESSION.get(options);
        if (session == null) {
            throw new IllegalArgumentException(SOURCE_FILE.get(options) + ":" + (bodyLine + LINE_OFFSET.get(options))
                    + ": " + message + " " + hint);
        }
        session.problems().add(Problem.at(SOURCE_FILE.get(options), bodyLine + LINE_OFFSET.get(options), column,
                message, hint), SOURCE_LINES.get(options), width);
    }
}
