package io.templint.rules.coder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A multi-select parameter's default, read as the provider's JSON decoder reads a list of strings. */
class JsonStringsTest {

    @Test
    void aListOfStringsIsItsStringsWithNullAsAnEmptyString() {
        assertThat(JsonStrings.list(" [\"a\", null, \"b\\u0020c\"] \n")).containsExactly("a", "", "b c");
        assertThat(JsonStrings.list("[]")).isEmpty();
    }

    @Test
    void jsonNullIsAnEmptyList() {
        assertThat(JsonStrings.list("null")).isEmpty();
    }

    @Test
    void anythingElseIsNotAListOfStrings() {
        for (String text : new String[] {"", "  ", "\"a\"", "1", "{\"a\": \"b\"}", "[1]", "[\"a\", true]",
            "[[\"a\"]]", "[{}]", "[\"a\"", "[\"a\",]", "[\"a\"] x", "[\"a\"] [\"b\"]", "null null", "[01]"}) {
            assertThat(JsonStrings.list(text)).as(text).isNull();
        }
    }
}
