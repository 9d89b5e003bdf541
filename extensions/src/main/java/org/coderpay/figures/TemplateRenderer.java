package org.coderpay.figures;

import java.util.Map;

/**
 * Renders a template from {@code templates/} with typed variables, the way the site renders its pages
 * (HTML output format, auto-escaped). The bake's implementation is
 * {@code org.coderpay.jbake.HtmlTemplateEngine#fragments()}; this package only needs the contract,
 * so it stays free of JBake and FreeMarker.
 */
@FunctionalInterface
public interface TemplateRenderer {
    /**
     * @param templateName a path under {@code templates/}, such as {@code figures/salary-table.ftlh}
     * @throws FailedException when the template is missing or fails; the implementation has already
     *         reported the problem at the template's file:line:column
     */
    String render(String templateName, Map<String, ?> variables);

    /** A template could not be rendered; the message names the template and what went wrong. */
    final class FailedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public FailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
