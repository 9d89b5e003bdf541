package org.coderpay.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.junit.jupiter.api.Test;

/**
 * The jbake-maven-plugin's own dependencies sit nearer than our module's and would win, so the root
 * pom pins the versions our code needs among the plugin's dependencies. Tests run against
 * extensions/pom.xml: the two lists must agree, or the site is baked with other libraries than tested.
 */
class PluginClasspathInStepTest {

    @Test
    void pluginDependencyVersionsMatchTheExtensionsModule() throws Exception {
        Path repo = TestSites.repoRoot();
        Document root = parse(repo.resolve("pom.xml"));
        Document extensions = parse(repo.resolve("extensions/pom.xml"));

        Map<String, String> pinned = new TreeMap<>();
        NodeList plugins = root.getElementsByTagName("plugin");
        for (int i = 0; i < plugins.getLength(); i++) {
            Element plugin = (Element) plugins.item(i);
            if ("jbake-maven-plugin".equals(child(plugin, "artifactId"))) {
                Element deps = firstChildElement(plugin, "dependencies");
                if (deps != null) {
                    pinned.putAll(versions(deps, properties(root)));
                }
            }
        }
        pinned.remove("org.coderpay:coder-pay-extensions");
        assertThat(pinned).as("versions pinned among the jbake-maven-plugin's dependencies")
                .containsKeys("org.jbake:jbake-core", "org.freemarker:freemarker");

        Map<String, String> module = new TreeMap<>();
        Map<String, String> moduleProps = properties(extensions);
        Element project = extensions.getDocumentElement();
        Element managed = firstChildElement(project, "dependencyManagement");
        if (managed != null) {
            module.putAll(versions(firstChildElement(managed, "dependencies"), moduleProps));
        }
        module.putAll(versions(firstChildElement(project, "dependencies"), moduleProps));

        pinned.forEach((artifact, version) -> assertThat(module.get(artifact))
                .as(artifact + " is pinned to " + version + " in pom.xml; extensions/pom.xml must use the same version")
                .isEqualTo(version));
    }

    private static Document parse(Path pom) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(pom.toFile());
    }

    private static Map<String, String> properties(Document pom) {
        Map<String, String> props = new TreeMap<>();
        Element properties = firstChildElement(pom.getDocumentElement(), "properties");
        if (properties != null) {
            NodeList children = properties.getChildNodes();
            for (int i = 0; i < children.getLength(); i++) {
                if (children.item(i) instanceof Element e) {
                    props.put(e.getTagName(), e.getTextContent().strip());
                }
            }
        }
        return props;
    }

    /** groupId:artifactId to version (properties resolved) of the direct dependency children. */
    private static Map<String, String> versions(Element dependencies, Map<String, String> props) {
        Map<String, String> out = new TreeMap<>();
        NodeList children = dependencies.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element dep && dep.getTagName().equals("dependency")) {
                String version = child(dep, "version");
                if (version == null) {
                    continue;
                }
                if (version.startsWith("${") && version.endsWith("}")) {
                    version = props.getOrDefault(version.substring(2, version.length() - 1), version);
                }
                out.put(child(dep, "groupId") + ":" + child(dep, "artifactId"), version);
            }
        }
        return out;
    }

    private static String child(Element parent, String name) {
        Element e = firstChildElement(parent, name);
        return e == null ? null : e.getTextContent().strip();
    }

    private static Element firstChildElement(Element parent, String name) {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }
}
