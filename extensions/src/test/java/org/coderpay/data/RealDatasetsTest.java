package org.coderpay.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.coderpay.diagnostics.Problems;
import org.junit.jupiter.api.Test;

class RealDatasetsTest {
    static final Path SITE = Path.of(System.getProperty("site.root", "..")).toAbsolutePath().normalize();

    static DatasetCatalog load() {
        Problems problems = new Problems();
        DatasetCatalog catalog = new DatasetLoader(SITE, problems, LocalDate.of(2026, 11, 24)).load(SITE.resolve("data"));
        assertThat(problems.isEmpty()).as(problems.format()).isTrue();
        return catalog;
    }

    @Test
    void everyRealDatasetIsValid() {
        assertThat(load().ids()).contains("headline", "levels", "experience", "credentials", "specialties", "states",
                "settings", "career-path", "related-careers", "education", "outlook");
    }
}
