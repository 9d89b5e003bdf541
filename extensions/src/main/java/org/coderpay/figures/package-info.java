/**
 * Pure rendering of salary figures: number formatting ({@link org.coderpay.figures.FigureFormat}),
 * accessible HTML tables ({@link org.coderpay.figures.SalaryTableRenderer}) and inline SVG range-bar
 * charts ({@link org.coderpay.figures.RangeChartRenderer}).
 *
 * <p>This package knows nothing about datasets, YAML, flexmark or JBake: callers (the Markdown
 * directives, generated pages, templates) build the small immutable models here and get back an
 * HTML string. That keeps the output testable from hand-written examples and lets every place that
 * shows a figure format it identically.
 *
 * <p>Rules every renderer keeps:
 * <ul>
 *   <li>Every piece of text from a model is HTML-escaped; model strings are plain text, never markup.</li>
 *   <li>Output is deterministic: no locale, time zone or hash order is consulted.</li>
 *   <li>No {@code style} attribute, {@code <style>} or {@code <script>}: looks come from the
 *       {@code figures} section of {@code assets/css/site.css} through class names, so a strict
 *       Content Security Policy holds.</li>
 *   <li>Element ids come from a caller-chosen prefix (see {@link org.coderpay.figures.FigureIds}) so
 *       two figures on one page never share an id.</li>
 * </ul>
 */
package org.coderpay.figures;
