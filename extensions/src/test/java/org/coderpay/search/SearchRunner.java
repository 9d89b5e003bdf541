package org.coderpay.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.coderpay.build.TestSites;
import org.mozilla.javascript.BaseFunction;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * The real assets/js/search-terms.js and search.js in Rhino, running queries with CoderPaySearch.find
 * against an index given as files (a published site's search/ folder, or files made in memory), and
 * recording every file a query fetched, as a browser would fetch them.
 */
final class SearchRunner implements AutoCloseable {
    /** What one query gave: the addresses of the pages shown, best first, their results, and the files fetched. */
    record Result(int total, List<String> urls, List<Map<String, Object>> pages, Set<String> fetched) {
    }

    private final Context cx;
    private final Scriptable scope;
    private final Function<String, String> files;
    private final Set<String> fetched = new LinkedHashSet<>();

    /** {@code files} gives the text of a path under the index folder ("index.json", "terms/0.json"...). */
    SearchRunner(Function<String, String> files) {
        this.files = files;
        cx = Context.enter();
        cx.setLanguageVersion(Context.VERSION_ES6);
        scope = cx.initStandardObjects();
        for (String script : List.of("assets/js/search-terms.js", "assets/js/search.js")) {
            try {
                cx.evaluateString(scope, Files.readString(TestSites.repoRoot().resolve(script), StandardCharsets.UTF_8),
                        script, 1, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        ScriptableObject.putProperty(scope, "read", new BaseFunction() {
            @Override
            public Object call(Context c, Scriptable s, Scriptable thisObj, Object[] args) {
                return read(Context.toString(args[0]));
            }
        });
        cx.evaluateString(scope, "function load(path, done) { done(JSON.parse(read(path))); }", "load", 1, null);
    }

    /** Over a published site's index. */
    static SearchRunner over(Path site) {
        return new SearchRunner(path -> {
            try {
                return Files.readString(site.resolve("search").resolve(path), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Over index files as SearchIndex makes them (paths under the site root). */
    static SearchRunner over(Map<String, String> index) {
        return new SearchRunner(path -> {
            String text = index.get("search/" + path);
            if (text == null) {
                throw new IllegalArgumentException("The index has no file search/" + path);
            }
            return text;
        });
    }

    /** Called from the script's load. */
    String read(String path) {
        fetched.add(path);
        return files.apply(path);
    }

    /** Bytes of the files the last queries fetched (UTF-8, uncompressed). */
    long bytes(Set<String> paths) {
        return paths.stream().mapToLong(p -> files.apply(p).getBytes(StandardCharsets.UTF_8).length).sum();
    }

    @SuppressWarnings("unchecked")
    Result find(String query) {
        fetched.clear();
        ScriptableObject.putProperty(scope, "query", query);
        cx.evaluateString(scope, "var found; CoderPaySearch.find(load, query, function (r) { found = r; });"
                + " var foundJson = JSON.stringify(found);", "find", 1, null);
        Map<String, Object> result = tools.jackson.databind.json.JsonMapper.builder().build()
                .readValue(Context.toString(ScriptableObject.getProperty(scope, "foundJson")), Map.class);
        List<Map<String, Object>> pages = (List<Map<String, Object>>) result.get("pages");
        List<String> urls = new ArrayList<>();
        pages.forEach(p -> urls.add((String) p.get("url")));
        return new Result(((Number) result.get("total")).intValue(), urls, pages, new LinkedHashSet<>(fetched));
    }

    /** Evaluates code in the script's scope (for the pure functions). */
    String js(String code) {
        return Context.toString(cx.evaluateString(scope, code, "case", 1, null));
    }

    void put(String name, Object value) {
        ScriptableObject.putProperty(scope, name, value);
    }

    @Override
    public void close() {
        Context.exit();
    }
}
