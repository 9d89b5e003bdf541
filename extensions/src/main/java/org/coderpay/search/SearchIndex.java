package org.coderpay.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The search index as small files a browser fetches only as a query needs them, like Pagefind's:
 * <ul>
 * <li>{@code search/index.json}, the manifest: the number of pages and the first term of each term chunk;</li>
 * <li>{@code search/terms/N.json}: a run of terms in sorted order, about {@link #CHUNK_CHARS} characters,
 * each term with its pages and scores, {@code [page, score, page gap, score, ...]} (page numbers as gaps
 * from the one before, pages ascending), and, under the term followed by {@link #NAMES}, the pages whose
 * subject it names, with their bonus, in the same form;</li>
 * <li>{@code search/pages/N.json}: one page's address, title, description, headline figure and snippet text.</li>
 * </ul>
 * A query fetches the manifest, the chunk of each of its terms, then the pages it shows: a few kilobytes
 * to tens of kilobytes whatever the size of the site. Sorted chunks keep prefix and near-miss lookups
 * within one or two chunks. Scores are worked out here, once (BM25F over the fields, with a bonus when a
 * term names the page's subject), so the browser only adds them up. Pure and deterministic: the same
 * documents give the same bytes.
 */
public final class SearchIndex {
    public static final String MANIFEST = "search/index.json";
    static final int CHUNK_CHARS = 12_000;
    /**
     * A term's key with this after it holds the pages whose subject the term names, with their
     * {@link #NAME_BONUS} shares. Kept apart from the term's scores so that only the term itself, or a word
     * being typed, earns the bonus: a near miss ("certified" for "certification") does not.
     */
    static final String NAMES = "=";
    /**
     * A term on more pages than this keeps only its best-scoring pages: such a term says little about
     * a page (its weight is near nought), and the cap keeps every chunk small on a site of thousands of pages.
     */
    static final int MAX_POSTINGS = 400;
    /**
     * Added, shared among the terms of a name, when a term names the page's subject: about twice what a
     * rare word in a page's title scores, so a query naming a state, a specialty or a credential puts that
     * page first, while the words around the name still order the rest.
     */
    static final int NAME_BONUS = 100;
    private static final double K1 = 1.2;
    /** The fields a term is counted in; the headline figure weighs as much as a heading. */
    private static final String[] FIELDS = {"title", "headings", "figure", "description", "text"};
    private static final double[] WEIGHTS = {6, 3, 3, 2, 1};
    private static final double[] LENGTH_NORM = {0.5, 0.75, 0, 0.5, 0.75};
    /**
     * The least weight of a term within a page's score, so that words on every page ("coder", "pay")
     * still order pages by how much they are about them; how much the word counts against the query's
     * other words is for the browser to weigh, by how many pages have it.
     */
    private static final double MIN_IDF = 0.2;

    private SearchIndex() {
    }

    /** Every file of the index, by path under the site root, in path order. */
    public static SortedMap<String, String> files(List<SearchDocument> docs, Function<String, List<String>> terms) {
        int n = docs.size();
        List<List<Map<String, Integer>>> counts = new ArrayList<>(); // doc -> field -> term -> count
        double[] totalLength = new double[FIELDS.length];
        List<List<List<String>>> nameTerms = new ArrayList<>(); // doc -> name -> its terms
        List<Map<String, Integer>> nameBonus = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (SearchDocument d : docs) {
            String[] fields = {d.title(), String.join(" . ", d.headings()), d.figure() == null ? "" : d.figure(),
                    d.description(), d.text()};
            List<Map<String, Integer>> perField = new ArrayList<>();
            Map<String, Boolean> seen = new HashMap<>();
            for (int f = 0; f < FIELDS.length; f++) {
                Map<String, Integer> tf = new HashMap<>();
                List<String> ts = terms.apply(fields[f]);
                totalLength[f] += ts.size();
                ts.forEach(t -> tf.merge(t, 1, Integer::sum));
                tf.keySet().forEach(t -> seen.put(t, true));
                perField.add(tf);
            }
            List<List<String>> names = new ArrayList<>();
            for (String name : d.names()) {
                List<String> ts = terms.apply(name).stream().distinct().toList();
                ts.forEach(t -> seen.put(t, true));
                names.add(ts);
            }
            seen.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
            counts.add(perField);
            nameTerms.add(names);
        }
        for (List<List<String>> names : nameTerms) {
            nameBonus.add(nameBonus(names, df::get, n));
        }
        TreeMap<String, List<int[]>> postings = new TreeMap<>();
        Map<String, List<int[]>> bonuses = new HashMap<>();
        for (int id = 0; id < n; id++) {
            Map<String, Double> weighted = new HashMap<>();
            for (int f = 0; f < FIELDS.length; f++) {
                Map<String, Integer> tf = counts.get(id).get(f);
                int length = tf.values().stream().mapToInt(Integer::intValue).sum();
                double average = Math.max(1, totalLength[f] / Math.max(1, n));
                double norm = 1 - LENGTH_NORM[f] + LENGTH_NORM[f] * length / average;
                double weight = WEIGHTS[f];
                tf.forEach((t, c) -> weighted.merge(t, weight * c / norm, Double::sum));
            }
            nameBonus.get(id).keySet().forEach(t -> weighted.putIfAbsent(t, 0.0));
            for (Map.Entry<String, Double> e : weighted.entrySet()) {
                double w = e.getValue();
                double idf = Math.max(MIN_IDF, idf(n, df.get(e.getKey())));
                int score = (int) Math.round(10 * idf * w * (K1 + 1) / (w + K1));
                postings.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(new int[] {id, Math.max(1, score)});
            }
            for (Map.Entry<String, Integer> e : nameBonus.get(id).entrySet()) {
                if (e.getValue() > 0) {
                    bonuses.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(new int[] {id, e.getValue()});
                }
            }
        }
        JsonMapper json = JsonMapper.builder().build();
        SortedMap<String, String> files = new TreeMap<>();
        List<String> firsts = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        for (Map.Entry<String, List<int[]>> e : postings.entrySet()) {
            String entry = json.writeValueAsString(e.getKey()) + ":" + encode(e.getValue());
            if (bonuses.containsKey(e.getKey())) { // right behind its term, in the same chunk
                entry += "," + json.writeValueAsString(e.getKey() + NAMES) + ":" + encode(bonuses.get(e.getKey()));
            }
            if (!chunk.isEmpty() && chunk.length() + entry.length() > CHUNK_CHARS) {
                files.put(chunkPath(firsts.size() - 1), "{" + chunk + "}\n");
                chunk.setLength(0);
            }
            if (chunk.isEmpty()) {
                firsts.add(e.getKey());
            } else {
                chunk.append(',');
            }
            chunk.append(entry);
        }
        if (!chunk.isEmpty()) {
            files.put(chunkPath(firsts.size() - 1), "{" + chunk + "}\n");
        }
        for (int id = 0; id < n; id++) {
            SearchDocument d = docs.get(id);
            Map<String, Object> page = new LinkedHashMap<>();
            page.put("url", d.url());
            page.put("title", d.title());
            page.put("description", d.description());
            if (d.figure() != null) {
                page.put("figure", d.figure());
            }
            page.put("text", d.snippet());
            files.put(pagePath(id), json.writeValueAsString(page) + "\n");
        }
        ObjectNode manifest = JsonNodeFactory.instance.objectNode();
        manifest.put("pages", n);
        ArrayNode chunks = manifest.putArray("chunks");
        firsts.forEach(chunks::add);
        files.put(MANIFEST, json.writeValueAsString(manifest) + "\n");
        return files;
    }

    private static double idf(int pages, int withTerm) {
        return Math.log(1 + (pages - withTerm + 0.5) / (withTerm + 0.5));
    }

    /**
     * {@link #NAME_BONUS} for each name, shared among its terms by their weight on the site: in
     * "Certified Professional Coder" most of it goes to "professional", since "certified" and "coder" are
     * on many pages and a query holding them names no page in particular. A term in several names keeps
     * its largest share.
     */
    static Map<String, Integer> nameBonus(List<List<String>> names, Function<String, Integer> df, int pages) {
        Map<String, Integer> bonus = new HashMap<>();
        for (List<String> name : names) {
            double total = name.stream().mapToDouble(t -> idf(pages, df.apply(t))).sum();
            for (String t : name) {
                int share = total > 0 ? (int) Math.round(NAME_BONUS * idf(pages, df.apply(t)) / total) : 0;
                bonus.merge(t, share, Math::max);
            }
        }
        return bonus;
    }

    /** The best {@link #MAX_POSTINGS} pages by score (ties to the lower page number), in page order, as gaps. */
    private static String encode(List<int[]> pages) {
        List<int[]> kept = new ArrayList<>(pages);
        if (kept.size() > MAX_POSTINGS) {
            kept.sort((a, b) -> a[1] != b[1] ? Integer.compare(b[1], a[1]) : Integer.compare(a[0], b[0]));
            kept = new ArrayList<>(kept.subList(0, MAX_POSTINGS));
        }
        kept.sort((a, b) -> Integer.compare(a[0], b[0]));
        StringBuilder out = new StringBuilder("[");
        int last = 0;
        for (int[] p : kept) {
            out.append(out.length() > 1 ? "," : "").append(p[0] - last).append(',').append(p[1]);
            last = p[0];
        }
        return out.append(']').toString();
    }

    static String chunkPath(int i) {
        return "search/terms/" + i + ".json";
    }

    static String pagePath(int i) {
        return "search/pages/" + i + ".json";
    }
}
