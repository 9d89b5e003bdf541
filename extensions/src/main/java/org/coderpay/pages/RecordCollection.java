package org.coderpay.pages;

import java.util.List;
import java.util.Optional;

import org.coderpay.data.Dataset;
import org.coderpay.data.Fact;
import org.coderpay.data.Row;

/**
 * One page of {@code type=records}, checked: the dataset that gets a page per row, each row's page
 * (address, title, description, already worked out from the header's templates), the layout of a
 * row's page, its breadcrumb parent, related links, the fact rows are compared with, and the table.
 *
 * @param source     the declaring page as editors see it (content/guide/states.md)
 * @param listTitle  that page's title
 * @param listUrl    that page's address, with the base path
 * @param dataSource the dataset file as editors see it (data/states.yaml): the source of the row pages
 */
record RecordCollection(String source, String listTitle, String listUrl, Dataset dataset, String dataSource,
        List<Entry> entries, String template, Link parent, List<Link> related, Optional<Fact> compare,
        List<String> columns, String sort) {

    /** A row's page: the row and what the header's templates made of it. */
    record Entry(Row row, String outputPath, String url, String title, String description) {
    }

    /** A page the collection links to: its title and address (with the base path). */
    record Link(String title, String url) {
    }
}
