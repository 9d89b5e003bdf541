package org.coderpay.markdown.directives;

import org.coderpay.data.DatasetCatalog;
import org.coderpay.figures.TemplateRenderer;
import org.coderpay.markdown.directives.internal.SalaryDirectivePostProcessor;
import org.coderpay.markdown.directives.internal.SalaryDirectivesNodeRenderer;
import org.coderpay.markdown.directives.internal.SalaryFigureInlineParser;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.NullableDataKey;

/**
 * Salary figures from the datasets in Markdown:
 *
 * <pre>
 * ```salary-table
 * dataset: specialties
 * columns: pay, hourly
 * sort: high-desc
 * highlight: risk-adjustment
 * caption: Pay by specialty
 * ```
 *
 * ```salary-chart
 * dataset: specialties
 * highlight: risk-adjustment
 * ```
 *
 * Anesthesia coders earn {{ specialties.anesthesia }} ({{ specialties.anesthesia.hourly }} an hour).
 * </pre>
 *
 * Names are resolved while parsing, so an unknown dataset, row, field or option is reported at the
 * Markdown file's own line with a "did you mean"; tables and charts are written by the templates in
 * {@code templates/figures/}, fed with the models of {@code org.coderpay.figures}.
 */
public final class SalaryDirectivesExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    /** The fenced-block directives, as editors write them after the fence. */
    public static final String TABLE = "salary-table";
    public static final String CHART = "salary-chart";

    /** The datasets to resolve names against; when null, the bake session's catalog is used. */
    public static final NullableDataKey<DatasetCatalog> DATASETS = new NullableDataKey<>("SALARY_DATASETS");
    /**
     * How tables and charts are written (the templates in {@code templates/figures/}); when null, the
     * bake's {@code SiteTemplates} render them.
     */
    public static final NullableDataKey<TemplateRenderer> TEMPLATES = new NullableDataKey<>("SALARY_FIGURE_TEMPLATES");
    /**
     * Where the line under each table links to: the methodology and sources page. In a bake it is
     * {@code figures.methodology} of jbake.properties under the site's base path; outside one, the root.
     */
    public static final DataKey<String> METHODOLOGY_URL = new DataKey<>("SALARY_METHODOLOGY_URL", "/");

    private SalaryDirectivesExtension() {
    }

    public static SalaryDirectivesExtension create() {
        return new SalaryDirectivesExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new SalaryDirectivePostProcessor.Factory());
        builder.customInlineParserExtensionFactory(new SalaryFigureInlineParser.Factory());
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        if ("HTML".equals(rendererType)) {
            builder.nodeRendererFactory(new SalaryDirectivesNodeRenderer.Factory());
        }
    }
}
