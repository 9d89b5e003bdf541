package org.coderpay.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.coderpay.diagnostics.Problem;
import org.coderpay.diagnostics.Problems;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.StringLength;

/**
 * The header reader on random files, from pure noise to near-valid headers: it never throws; it either
 * gives a header or reports at least one problem, every problem points at a line of the file with a
 * message and a fix, and a header it accepts has a title and a description.
 */
class FrontMatterReaderPropertiesTest {
    private static final Path FILE = Path.of("content/random.md");
    private static final FrontMatterReader READER = new FrontMatterReader(List.of("article", "home", "notfound"));

    @Property(tries = 2000)
    void neverThrowsAndEitherAcceptsOrReportsWhere(@ForAll("headers") List<String> lines) {
        Problems problems = new Problems();

        var header = READER.read(FILE, lines, problems);

        assertThat(header.isPresent()).as("a header or a problem, never neither nor both").isEqualTo(problems.isEmpty());
        for (Problem p : problems.list()) {
            assertThat(p.file()).isEqualTo(FILE);
            assertThat(p.line()).as(p.message()).isBetween(1, Math.max(1, lines.size()));
            assertThat(p.column()).isPositive();
            assertThat(p.message()).isNotBlank();
            assertThat(p.hint()).isNotBlank();
        }
        header.ifPresent(h -> {
            assertThat(h.title()).isNotBlank();
            assertThat(h.values().get("description")).isNotBlank();
        });
    }

    /** Files made of header-like lines: real and misspelled keys, odd values, separators and near misses. */
    @Provide
    Arbitrary<List<String>> headers() {
        Arbitrary<String> key = Arbitraries.oneOf(
                Arbitraries.of("title", "description", "type", "status", "date", "nav", "nav-label", "allow-figures",
                        "titel", "Title", " title ", "", "="),
                Arbitraries.strings().ofMaxLength(12));
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.of("Pay", "article", "home", "draft", "published", "2026-02-30", "2026-11-24", "0", "1", "999",
                        "1000", "-1", "", " ", "=", "~~~~~~", "</script>", "\u202E", "\uD800"),
                Arbitraries.strings().all().ofMaxLength(40));
        Arbitrary<String> headerLine = Combinators.combine(key, value).as((k, v) -> k + "=" + v);
        Arbitrary<String> line = Arbitraries.frequencyOf(
                Tuple.of(8, headerLine),
                Tuple.of(2, Arbitraries.of("~~~~~~", "~~~~~", " ~~~~~~", "~~~~~~~", "---", "", "   ")),
                Tuple.of(2, Arbitraries.strings().all().ofMaxLength(60)));
        return line.list().ofMaxSize(12).map(ArrayList::new);
    }

    @Property(tries = 500)
    void anyTextAtAllIsReadOrReported(@ForAll List<@StringLength(max = 80) String> lines) {
        Problems problems = new Problems();
        assertThat(READER.read(FILE, lines, problems).isPresent()).isEqualTo(problems.isEmpty());
    }
}
