package org.coderpay.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.coderpay.build.SiteBaker;
import org.coderpay.diagnostics.Problem;
import org.coderpay.diagnostics.Problems;
import org.junit.jupiter.api.Test;

/** What the overlay is given: the Problems entries the terminal prints, as one line of safe JSON. */
class ProblemReportTest {

    @Test
    void carriesEachProblemsLocationMessageMarkedLinesAndFixAsTheTerminalPrintsThem() {
        Problems problems = new Problems();
        List<String> source = List.of("title=Pay", "descripton=Pay.", "~~~~~~", "Text.");
        problems.add(Problem.at(Path.of("content/guide/pay.md"), 2, 1, "Unknown header key \"descripton\".",
                "Did you mean \"description\"?"), source, 10);
        problems.add(Problem.inFile(Path.of("data/levels.yaml"), "The file is empty.", "Add the rows."));
        SiteBaker.Result failed = new SiteBaker.Result(Path.of("out"), Path.of("staging"), List.of(), problems,
                List.of(), Optional.empty());

        ProblemReport report = ProblemReport.of(failed);

        String terminal = failed.report();
        assertThat(report.summary()).isEqualTo("2 problems in 2 files.");
        assertThat(terminal).contains(report.summary());
        assertThat(report.problems()).hasSize(2);
        ProblemReport.Entry header = report.problems().get(0);
        assertThat(header.location()).isEqualTo("content/guide/pay.md:2:1");
        assertThat(header.frame()).contains("> 2 | descripton=Pay.").contains("^^^^^^^^^^");
        // Every line of the excerpt is in the terminal's report, as printed there (indented by two).
        header.frame().lines().forEach(line -> assertThat(terminal).contains("  " + line + "\n"));
        assertThat(terminal).contains(header.location() + "  error  " + header.message())
                .contains("Fix: " + header.hint());
        assertThat(report.problems().get(1).location()).isEqualTo("data/levels.yaml");
        assertThat(report.problems().get(1).frame()).isEmpty();
    }

    @Test
    void jsonIsOneLineThatNoQuotedTextCanBreakOutOf() {
        String hostile = "a\"b\\c\nd\re\tf\u0000g</script><img src=x onerror=alert(1)>\u2028h";
        ProblemReport report = new ProblemReport(hostile, hostile,
                List.of(new ProblemReport.Entry(hostile, hostile, hostile, hostile)));

        String json = report.toJson();

        assertThat(json).doesNotContain("\n", "\r", "\u0000", "\u2028", "<");
        assertThat(ProblemReport.quote(hostile))
                .isEqualTo("\"a\\\"b\\\\c\\nd\\re\\tf\\u0000g\\u003c/script>\\u003cimg src=x onerror=alert(1)>\\u2028h\"");
        // An event carries it on a single data line.
        assertThat(ReloadChannel.event("problems", json).split("\n")).hasSize(2);
    }

    @Test
    void theScriptTagGoesBeforeTheHeadEndOrAtTheEnd() {
        String tag = "<script src=\"/__preview/reload.js?version=v7\" defer></script>";
        assertThat(inject("<html><head><title>t</title></HEAD><body>x</body></html>"))
                .isEqualTo("<html><head><title>t</title>" + tag + "</HEAD><body>x</body></html>");
        assertThat(inject("<p>no head</p>")).isEqualTo("<p>no head</p>" + tag);
        assertThat(inject("<p>caf\u00e9</p></head>")).isEqualTo("<p>caf\u00e9</p>" + tag + "</head>");
    }

    private static String inject(String html) {
        return new String(PreviewAssets.withReloadScript(html.getBytes(StandardCharsets.UTF_8), "v7"), StandardCharsets.UTF_8);
    }
}
