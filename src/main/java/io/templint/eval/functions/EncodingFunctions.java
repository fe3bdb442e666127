package io.templint.eval.functions;

import static io.templint.eval.functions.Defs.any;
import static io.templint.eval.functions.Defs.fn;
import static io.templint.eval.functions.Defs.s;
import static io.templint.eval.functions.Defs.str;

import io.templint.eval.Type;
import io.templint.eval.Value;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Terraform's encoding functions. */
final class EncodingFunctions {

    private EncodingFunctions() { }

    static List<Function> all() {
        return Defs.typed(List.of(
                fn("jsonencode", (a, c) -> Value.string(Json.encode(a.get(0))), any("value").allowingNull()),
                fn("jsondecode", (a, c) -> Json.decode(s(a, 0), c), str("str")),
                fn("yamlencode", EncodingFunctions::yamlencode, any("value").allowingNull()),
                fn("yamldecode", (a, c) -> Value.unknown("function yamldecode() is not evaluated by templint"),
                    str("src")),
                fn("base64encode", (a, c) -> Value.string(Base64.getEncoder().encodeToString(
                    s(a, 0).getBytes(StandardCharsets.UTF_8))), str("str")),
                fn("base64decode", EncodingFunctions::base64decode, str("str")),
                fn("base64gzip", (a, c) -> Value.unknown(Type.STRING, "function base64gzip() is not evaluated by templint"),
                    str("str")),
                fn("urlencode", (a, c) -> Value.string(urlencode(s(a, 0))), str("str")),
                fn("csvdecode", EncodingFunctions::csvdecode, str("str")),
                fn("textencodebase64", EncodingFunctions::textencodebase64, str("string"), str("encoding")),
                fn("textdecodebase64", EncodingFunctions::textdecodebase64, str("source"), str("encoding"))
            ), Type.STRING,
            Map.of("jsondecode", Type.DYNAMIC, "yamldecode", Type.DYNAMIC, "csvdecode", Type.DYNAMIC));
    }

    private static Value base64decode(List<Value> a, CallContext c) throws FunctionException {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(s(a, 0));
        } catch (IllegalArgumentException e) {
            throw new FunctionException(0, "failed to decode base64 data \"" + abbreviate(s(a, 0)) + "\".");
        }
        return Value.string(utf8(bytes, 0));
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }

    static String utf8(byte[] bytes, int arg) throws FunctionException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new FunctionException(arg, "the result of decoding the provided string is not valid UTF-8.");
        }
    }

    /** Go's url.QueryEscape. */
    static String urlencode(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int ch = b & 0xff;
            if (ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9'
                    || ch == '-' || ch == '_' || ch == '.' || ch == '~') {
                sb.append((char) ch);
            } else if (ch == ' ') {
                sb.append('+');
            } else {
                sb.append('%').append(String.format("%02X", ch));
            }
        }
        return sb.toString();
    }

    private static Value csvdecode(List<Value> a, CallContext c) throws FunctionException {
        List<List<String>> rows = Csv.parse(s(a, 0));
        if (rows.isEmpty()) {
            throw new FunctionException(0, "missing header line.");
        }
        List<String> header = rows.get(0);
        List<Value> out = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.size() != header.size()) {
                throw new FunctionException(0, "record on line " + (r + 1) + ": wrong number of fields.");
            }
            Map<String, Value> m = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                m.put(header.get(i), Value.string(row.get(i)));
            }
            out.add(Value.object(m));
            c.checkCollection(out.size());
        }
        Map<String, Type> attrs = new LinkedHashMap<>();
        header.forEach(h -> attrs.put(h, Type.STRING));
        return Value.list(Type.object(attrs), out);
    }

    private static Charset charset(String name, int arg) throws FunctionException {
        try {
            return Charset.forName(name);
        } catch (RuntimeException e) {
            throw new FunctionException(arg, "\"" + name + "\" is not a supported IANA encoding name or alias.");
        }
    }

    private static Value textencodebase64(List<Value> a, CallContext c) throws FunctionException {
        Charset cs = charset(s(a, 1), 1);
        try {
            ByteBuffer bb = cs.newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT)
                .onMalformedInput(CodingErrorAction.REPORT).encode(CharBuffer.wrap(s(a, 0)));
            byte[] bytes = new byte[bb.remaining()];
            bb.get(bytes);
            return Value.string(Base64.getEncoder().encodeToString(bytes));
        } catch (CharacterCodingException | UnsupportedOperationException e) {
            throw new FunctionException(0, "the given string contains characters that cannot be represented in "
                + s(a, 1) + ".");
        }
    }

    private static Value textdecodebase64(List<Value> a, CallContext c) throws FunctionException {
        Charset cs = charset(s(a, 1), 1);
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(s(a, 0));
        } catch (IllegalArgumentException e) {
            throw new FunctionException(0, "the given value is not valid base64.");
        }
        try {
            return Value.string(cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            throw new FunctionException(0, "the given value is not valid " + s(a, 1) + ".");
        }
    }

    /**
     * Block-style YAML indents every line by its depth, so the text can be as long as the value's
     * weight times its depth: charged (and so bounded) before it is written.
     */
    private static Value yamlencode(List<Value> a, CallContext c) throws FunctionException {
        Value v = a.get(0);
        long w = v.weight();
        c.work(w > Long.MAX_VALUE / (v.depth() + 1) ? Long.MAX_VALUE : w * (v.depth() + 1));
        return Value.string(Yaml.encode(v));
    }
}
