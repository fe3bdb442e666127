package io.templint.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The report schema shipped in the jar is itself a valid draft-07 JSON Schema. */
class ReportSchemaTest {

    @Test
    void schemaIsValidDraft07() throws Exception {
        JsonNode schema;
        try (InputStream in = getClass().getResourceAsStream(JsonFormatter.SCHEMA_RESOURCE)) {
            schema = Json.mapper().readTree(in);
        }
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
        assertThat(schema.get("$schema").asText()).isEqualTo(JsonMetaSchema.getV7().getIri());
        assertThat(factory.getSchema(new java.net.URI("http://json-schema.org/draft-07/schema")).validate(schema))
            .isEmpty();
    }
}
