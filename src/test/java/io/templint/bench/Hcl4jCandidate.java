package io.templint.bench;

import com.bertramlabs.plugins.hcl4j.HCLParser;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * hcl4j 0.9.8's {@code HCLParser.parse(Reader)}: bytes to a map of evaluated values. A parser keeps
 * state between calls, so each file gets a new one. Its {@code http} data source would fetch URLs
 * while evaluating; every parser gets a no-op replacement, so the benchmark never touches the
 * network.
 */
final class Hcl4jCandidate implements Candidate {

    private Map<String, Object> last;

    @Override
    public String name() {
        return "hcl4j";
    }

    @Override
    public boolean parse(String name, byte[] bytes) {
        HCLParser parser = newParser();
        try {
            last = parser.parse(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
            return true;
        } catch (Exception | StackOverflowError e) {
            // hcl4j reports bad input (and some good input) by throwing; both count as rejected
            last = null;
            return false;
        }
    }

    /** A parser whose {@code http} data lookup does nothing. */
    static HCLParser newParser() {
        HCLParser parser = new HCLParser();
        parser.registerDataLookup("http", properties -> new LinkedHashMap<>());
        return parser;
    }

    @Override
    public Object lastResult() {
        return last;
    }
}
