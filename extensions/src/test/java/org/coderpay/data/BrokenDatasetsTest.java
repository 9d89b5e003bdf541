package org.coderpay.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.coderpay.diagnostics.Problem;
import org.coderpay.diagnostics.Problems;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each folder of {@code broken-datasets/} is a small data/ folder with something wrong, and an
 * {@code expected.txt} listing every error it must give, one per line, as {@code file:line:col  message}.
 * The real schemas of {@code data/schemas/} are used, so the corpus also guards them.
 */
class BrokenDatasetsTest {
    static final Path CORPUS = Path.of("src/test/resources/broken-datasets");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    static Stream<String> cases() throws IOException {
        try (Stream<Path> list = Files.list(CORPUS)) {
            return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    static List<String> actual(Path caseDir) {
        Problems problems = new Problems();
        new DatasetLoader(caseDir, problems, TODAY).load(caseDir.resolve("data"),
                RealDatasetsTest.SITE.resolve("data/schemas"));
        return problems.list().stream().map(BrokenDatasetsTest::line).toList();
    }

    static String line(Problem p) {
        return p.location() + "  " + p.message();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void givesExactlyTheExpectedErrors(String name) throws IOException {
        Path dir = CORPUS.resolve(name);
        List<String> expected = Files.readAllLines(dir.resolve("expected.txt")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertThat(actual(dir)).as(name).containsExactlyElementsOf(expected);
    }
}
