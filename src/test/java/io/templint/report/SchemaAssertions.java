package io.templint.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.templint.testkit.SharedCorpus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Validates JSON the tests produce: every templint report against the schema shipped in the jar
 * ({@code io/templint/report-schema.json}), SARIF against the OASIS schema in {@code ../shared}.
 */
public final class SchemaAssertions {

    private static JsonSchema reportSchema;
    private static JsonSchema sarifSchema;

    private SchemaAssertions() { }

    /** Asserts that {@code json} is a valid templint report and returns it parsed. */
    public static JsonNode assertValidReport(String json) {
        return assertValid(json, reportSchema(), "templint report schema");
    }

    /**
     * Asserts that {@code json} is valid SARIF 2.1.0 and returns it parsed. Skips (with the reason)
     * when the shared reference folder is absent.
     */
    public static JsonNode assertValidSarif(String json) {
        return assertValid(json, sarifSchema(), "SARIF 2.1.0 schema");
    }

    private static JsonNode assertValid(String json, JsonSchema schema, String what) {
        JsonNode node;
        try {
            node = Json.mapper().readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + e.getMessage() + "\n" + json, e);
        }
        Set<ValidationMessage> errors = schema.validate(node);
        assertThat(errors).as("%s violations of:%n%s", what, json).isEmpty();
        return node;
    }

    private static synchronized JsonSchema reportSchema() {
        if (reportSchema == null) {
            try (InputStream in = SchemaAssertions.class.getResourceAsStream(JsonFormatter.SCHEMA_RESOURCE)) {
                assertThat(in).as("schema resource %s", JsonFormatter.SCHEMA_RESOURCE).isNotNull();
                reportSchema = factory().getSchema(Json.mapper().readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return reportSchema;
    }

    private static synchronized JsonSchema sarifSchema() {
        if (sarifSchema == null) {
            Path file = SharedCorpus.require("reference/sarif-schema-2.1.0.json");
            try {
                sarifSchema = factory().getSchema(Json.mapper().readTree(file.toFile()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sarifSchema;
    }

    private static JsonSchemaFactory factory() {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    }
}
