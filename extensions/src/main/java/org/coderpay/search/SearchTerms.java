package org.coderpay.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.NativeArray;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * The site's own {@code assets/js/search-terms.js} (stop words, figures, Porter stemmer), run in the JVM
 * with Rhino, so that the index holds exactly the terms a reader's query becomes in the browser: one
 * implementation, not a Java one and a JavaScript one that could drift apart. Not thread-safe: one
 * instance per indexing run, used by one thread.
 */
public final class SearchTerms implements AutoCloseable {
    /** Where the script lives in a site's sources; the search page loads it from there too. */
    public static final String SCRIPT = "assets/js/search-terms.js";

    private final Context cx;
    private final Scriptable scope;
    private final Function terms;
    private final Function stem;
    private final Map<String, List<String>> known = new HashMap<>();
    /** ASCII white space, which no term holds. */
    private static final Pattern SPACES = Pattern.compile("[ \t\n\r\f]+");

    private SearchTerms(String script, String name) {
        cx = Context.enter();
        try {
            cx.setLanguageVersion(Context.VERSION_ES6);
            cx.setInterpretedMode(false);
            scope = cx.initSafeStandardObjects();
            cx.evaluateString(scope, script, name, 1, null);
            Scriptable api = (Scriptable) ScriptableObject.getProperty(scope, "SearchTerms");
            terms = (Function) ScriptableObject.getProperty(api, "terms");
            stem = (Function) ScriptableObject.getProperty(api, "stem");
        } catch (RuntimeException e) {
            Context.exit();
            throw e;
        }
    }

    /** Loads the script of the site at {@code root}. */
    public static SearchTerms of(Path root) throws IOException {
        Path file = root.resolve(SCRIPT);
        return new SearchTerms(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /**
     * The index terms of {@code text}, in order, repeats kept (they count). The script is called once per
     * distinct run of text between spaces (no term spans a space, so the result is the same as for the
     * whole text): a site has a few thousand such runs, met again and again, and Rhino's regular
     * expressions are slow.
     */
    public List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        for (String run : SPACES.split(text)) {
            if (!run.isEmpty()) {
                out.addAll(known.computeIfAbsent(run, this::termsOfRun));
            }
        }
        return out;
    }

    private List<String> termsOfRun(String run) {
        NativeArray array = (NativeArray) terms.call(cx, scope, scope, new Object[] {run});
        List<String> out = new ArrayList<>(array.size());
        for (Object o : array) {
            out.add(String.valueOf(o));
        }
        return List.copyOf(out);
    }

    public String stem(String word) {
        return Context.toString(stem.call(cx, scope, scope, new Object[] {word}));
    }

    @Override
    public void close() {
        Context.exit();
    }
}
