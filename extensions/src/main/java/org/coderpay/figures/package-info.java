/**
 * Salary figures as typed models for the templates in {@code templates/figures/}: number formatting
 * ({@link org.coderpay.figures.FigureFormat}), tables ({@link org.coderpay.figures.SalaryTable} and
 * {@link org.coderpay.figures.SalaryTableModel}), range-bar charts ({@link org.coderpay.figures.RangeChart}
 * laid out by {@link org.coderpay.figures.RangeChartLayout}), written through
 * {@link org.coderpay.figures.FigureTemplates}.
 *
 * <p>This package knows nothing about datasets, YAML, flexmark or JBake: callers (the Markdown
 * directives, generated pages) build the small immutable models here and hand them to a
 * {@link org.coderpay.figures.TemplateRenderer}. Java computes (sorting, scales, ticks, label
 * positions, formatting); the templates write every element and attribute, so a designer changes the
 * markup without a Java build.
 *
 * <p>Rules every model and template keeps:
 * <ul>
 *   <li>Model strings are plain text, never markup; the templates are HTML output format, so
 *       FreeMarker escapes every value.</li>
 *   <li>Output is deterministic: no locale, time zone or hash order is consulted; coordinates are
 *       rounded to one decimal through {@code BigDecimal}.</li>
 *   <li>No {@code style} attribute, {@code <style>} or {@code <script>}: looks come from the
 *       {@code figures} section of {@code assets/css/site.css} through class names, so a strict
 *       Content Security Policy holds.</li>
 *   <li>Element ids come from a caller-chosen prefix (see {@link org.coderpay.figures.FigureIds}) so
 *       two figures on one page never share an id.</li>
 * </ul>
 */
package org.coderpay.figures;
