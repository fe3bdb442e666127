package io.templint.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link JsonTree} reads what {@code ObjectMapper.readTree} reads, node for node, and fails where it fails. */
class JsonTreeTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final List<String> DOCUMENTS = List.of(
        "{}", "[]", "1", "\"s\"", "null", "true", " [ false ] ",
        "{\"Modules\":[{\"Key\":\"\",\"Source\":\"\",\"Dir\":\".\"},{\"Key\":\"a\",\"Source\":\"./a\",\"Dir\":\"a\","
            + "\"Version\":\"1.2.3\"}]}",
        "{\"a\":{\"b\":[1,[2,[3,{\"c\":{}}]],{\"d\":[]}],\"e\":\"f\"},\"g\":null}",
        "{\"dup\":1,\"dup\":{\"x\":2}}",
        "[2147483647,2147483648,-9223372036854775808,9223372036854775808,1.5,-0.0,1e300,0.1]",
        "{\"s\":\"\\u00e9\\ud83d\\ude00\\n\\t\\\"\\\\/\"}",
        "{\"a\":1} trailing",
        "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
        "");

    @Test
    void readsWhatObjectMapperReads() throws IOException {
        for (String doc : DOCUMENTS) {
            byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
            JsonNode expected = MAPPER.readTree(bytes);
            JsonNode actual = JsonTree.read(bytes);
            if (expected == null || expected.isMissingNode()) {
                assertThat(actual).as(doc).isNull();
                continue;
            }
            assertThat(actual).as(doc).isEqualTo(expected);
            assertThat(actual.toString()).as(doc).isEqualTo(expected.toString());
            try (InputStream in = new ByteArrayInputStream(bytes)) {
                assertThat(JsonTree.read(in)).as(doc).isEqualTo(expected);
            }
        }
    }

    @Test
    void theModuleCatalogReadsAsWithObjectMapper() throws IOException {
        try (InputStream a = JsonTree.class.getResourceAsStream("/io/templint/module-catalog.json");
             InputStream b = JsonTree.class.getResourceAsStream("/io/templint/module-catalog.json")) {
            assertThat(a).isNotNull();
            assertThat(JsonTree.read(a)).isEqualTo(MAPPER.readTree(b));
        }
    }

    @Test
    void failsWithJacksonsMessageWhereObjectMapperFails() {
        for (String doc : List.of("{\"a\":", "{\"a\" 1}", "[1,]x", "{'a':1}", "[1", "nul")) {
            byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
            String expected = firstLine(catchThrowable(() -> MAPPER.readTree(bytes)));
            Throwable thrown = catchThrowable(() -> JsonTree.read(bytes));
            assertThat(thrown).as(doc).isInstanceOf(IOException.class);
            String actual = firstLine(thrown);
            assertThat(actual).as(doc).isEqualTo(expected);
        }
    }

    private static String firstLine(Throwable t) {
        return t.getMessage().lines().findFirst().orElse("");
    }
}
