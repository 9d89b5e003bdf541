package org.coderpay.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.coderpay.build.TestSites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The index on a synthetic site of 4,000 pages (the real guide's words, in their real frequencies, on
 * pages about made-up places, each with its own name and headline figure), and what a reader's browser
 * fetches to show the first results of typical queries: at most about 100 KB, uncompressed. The bytes of
 * each query are printed, as the benchmark's figure.
 */
class SearchIndexScaleTest {
    static final int PAGES = 4000;
    static final long BUDGET = 100 * 1024;
    private static SortedMap<String, String> index;
    private static List<String> names = new ArrayList<>();

    @BeforeAll
    static void buildIndex() throws IOException {
        List<String> corpus = new ArrayList<>();
        Matcher words = Pattern.compile("[A-Za-z][a-z]+|\\d+").matcher("");
        try (Stream<Path> md = Files.walk(TestSites.repoRoot().resolve("content"))) {
            for (Path file : md.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                words.reset(Files.readString(file, StandardCharsets.UTF_8));
                while (words.find()) {
                    corpus.add(words.group());
                }
            }
        }
        Random random = new Random(17);
        List<SearchDocument> docs = new ArrayList<>();
        for (int i = 0; i < PAGES; i++) {
            String name = syllables(i) + " " + (i % 2 == 0 ? "County" : "Valley");
            names.add(name);
            int low = 35 + random.nextInt(40);
            String figure = "Annual pay: $" + low + ",000–$" + (low + 5 + random.nextInt(25)) + ",000";
            StringBuilder text = new StringBuilder("Medical coders in " + name + " earn " + figure.substring(12) + ".");
            for (int w = 0; w < 400; w++) {
                text.append(w % 12 == 0 ? ". " : " ").append(corpus.get(random.nextInt(corpus.size())));
            }
            List<String> headings = List.of(corpus.get(random.nextInt(corpus.size())) + " and pay",
                    "How " + name + " compares");
            docs.add(new SearchDocument("/guide/places/" + i + "/", "Medical coder pay in " + name,
                    "What medical coders earn in " + name + ".", headings, text.toString(),
                    text.substring(0, Math.min(SearchIndexWriter.MAX_TEXT, text.length())), List.of(name), figure));
        }
        long start = System.nanoTime();
        try (SearchTerms terms = SearchTerms.of(TestSites.repoRoot())) {
            index = SearchIndex.files(docs, terms::terms);
        }
        System.out.printf(Locale.ROOT, "Indexed %d pages in %d ms%n", PAGES, (System.nanoTime() - start) / 1_000_000);
    }

    /** A made-up place name, different for every page: i's digits in base 14, as syllables. */
    private static String syllables(int i) {
        String[] parts = {"bel", "mor", "tan", "vi", "lo", "ket", "ra", "sen", "dor", "mi", "qua", "zen", "fal", "ric"};
        StringBuilder s = new StringBuilder();
        for (int k = 0, n = i; k < 4; k++, n /= parts.length) {
            s.append(parts[n % parts.length]);
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    @Test
    void aReaderFetchesAboutOneHundredKilobytesAtMostForTheFirstResults() {
        String place = names.get(2345), town = place.split(" ")[0];
        List<String> queries = List.of(place.toLowerCase(Locale.ROOT), "how much do coders make in " + place,
                "risk adjustment coder salary", "certifcation", "cal", town.substring(0, 4), "50k",
                "remote coding jobs pay", "medical coder salary in " + town);
        long total = index.values().stream().mapToLong(s -> s.getBytes(StandardCharsets.UTF_8).length).sum();
        System.out.printf(Locale.ROOT, "Search index of %d pages: %d files, %d KB in all%n", PAGES, index.size(),
                total / 1024);
        try (SearchRunner search = SearchRunner.over(index)) {
            for (String query : queries) {
                SearchRunner.Result result = search.find(query);
                long bytes = search.bytes(result.fetched());
                System.out.printf(Locale.ROOT, "  %-45s %2d files, %6d bytes for the first %d of %d results%n",
                        "\"" + query + "\"", result.fetched().size(), bytes, result.urls().size(), result.total());
                assertThat(bytes).as("bytes fetched for \"" + query + "\"").isLessThanOrEqualTo(BUDGET);
                assertThat(result.urls()).as(query).isNotEmpty();
            }
            assertThat(search.find("how much do coders make in " + place).urls().get(0))
                    .as("the page named by the query comes first").isEqualTo("/guide/places/2345/");
        }
    }

    @Test
    void noFileOfTheIndexIsLargerThanAChunkAndAFewLongTerms() {
        for (Map.Entry<String, String> file : index.entrySet()) {
            assertThat(file.getValue().length()).as(file.getKey()).isLessThan(4 * SearchIndex.CHUNK_CHARS);
        }
    }
}
