package org.coderpay.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.coderpay.build.TestSites;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The README's preview command, {@code ./mvnw -Ppreview package}, is wired as documented: the
 * profile skips tests in both poms, hands the first bake to the preview server (so a broken source
 * still gets a running preview), and starts {@link PreviewServer} on port 8820 by default.
 */
class PreviewProfileTest {
    private static final String PROFILE = "/project/profiles/profile[id='preview']";

    @Test
    void rootPomPreviewProfileStartsThePreviewServerInsteadOfTheMavenBake() throws Exception {
        Document pom = parse(TestSites.repoRoot().resolve("pom.xml"));
        XPath x = XPathFactory.newInstance().newXPath();

        assertThat(x.evaluate(PROFILE + "/properties/skipTests", pom)).isEqualTo("true");
        assertThat(x.evaluate(PROFILE + "/properties/preview.port", pom)).isEqualTo(Integer.toString(PreviewServer.DEFAULT_PORT));
        String plugins = PROFILE + "/build/plugins/plugin";
        assertThat(x.evaluate(plugins + "[artifactId='jbake-maven-plugin']/executions/execution[id='bake']/phase", pom))
                .isEqualTo("none");
        assertThat(x.evaluate(plugins + "[artifactId='exec-maven-plugin']/executions/execution[id='publish']/phase", pom))
                .isEqualTo("none");
        String preview = plugins + "[artifactId='exec-maven-plugin']/executions/execution[id='preview']";
        assertThat(x.evaluate(preview + "/phase", pom)).isEqualTo("package");
        assertThat(x.evaluate(preview + "/configuration/mainClass", pom)).isEqualTo(PreviewServer.class.getName());
        NodeList args = (NodeList) x.evaluate(preview + "/configuration/arguments/argument", pom, XPathConstants.NODESET);
        assertThat(args.getLength()).isEqualTo(4);
        assertThat(args.item(2).getTextContent()).isEqualTo("${preview.port}");
        // Loopback unless the person asks for more.
        assertThat(args.item(3).getTextContent()).isEqualTo("${preview.host}");
        assertThat(x.evaluate(PROFILE + "/properties/preview.host", pom)).isEqualTo(PreviewServer.DEFAULT_ADDRESS);

        // The ids turned off above must be the ones the main build really uses.
        assertThat(x.evaluate("/project/build/plugins/plugin[artifactId='jbake-maven-plugin']/executions/execution/id", pom))
                .isEqualTo("bake");
        assertThat(x.evaluate("count(/project/build/plugins/plugin[artifactId='exec-maven-plugin']/executions/execution[id='publish'])", pom))
                .isEqualTo("1");
    }

    @Test
    void extensionsPomSkipsTestsInThePreviewToo() throws Exception {
        Document pom = parse(TestSites.repoRoot().resolve("extensions/pom.xml"));
        assertThat(XPathFactory.newInstance().newXPath().evaluate(PROFILE + "/properties/skipTests", pom)).isEqualTo("true");
    }

    private static Document parse(Path pom) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(pom.toFile());
    }
}
