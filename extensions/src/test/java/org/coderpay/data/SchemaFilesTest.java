package org.coderpay.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.json.JsonMapper;

/** The schema files are themselves valid JSON Schema 2020-12, and every kind has one. */
class SchemaFilesTest {
    static final Path SCHEMAS = RealDatasetsTest.SITE.resolve("data/schemas");

    @Test
    void everySchemaFileIsValidAgainstTheDraft202012MetaSchema() throws IOException {
        Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
        List<Path> files;
        try (Stream<Path> list = Files.list(SCHEMAS)) {
            files = list.filter(p -> p.toString().endsWith(".schema.json")).sorted().toList();
        }
        // The meta-schema really checks: a broken schema is rejected.
        assertThat(meta.validate(JsonMapper.builder().build().readTree("{\"type\": 5, \"required\": \"id\"}"))).isNotEmpty();
        assertThat(files).hasSize(DatasetKind.values().length + 1);
        for (Path file : files) {
            assertThat(meta.validate(JsonMapper.builder().build().readTree(Files.readString(file))))
                    .as(file.getFileName().toString()).isEmpty();
        }
    }

    @Test
    void everyKindHasItsSchema() {
        for (DatasetKind kind : DatasetKind.values()) {
            assertThat(SCHEMAS.resolve(kind.schemaFile())).isRegularFile();
        }
    }
}
