package io.templint.eval.functions;

import static io.templint.eval.functions.Defs.fn;
import static io.templint.eval.functions.Defs.s;
import static io.templint.eval.functions.Defs.str;
import static io.templint.eval.functions.Defs.unknownResult;
import static io.templint.eval.functions.Defs.variadic;

import io.templint.eval.Type;
import io.templint.eval.Value;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Terraform's hash and crypto functions; the random or secret-dependent ones give unknown values. */
final class HashFunctions {

    private HashFunctions() { }

    static List<Function> all() {
        return Defs.typed(List.of(
                fn("md5", (a, c) -> hex("MD5", s(a, 0)), str("str")),
                fn("sha1", (a, c) -> hex("SHA-1", s(a, 0)), str("str")),
                fn("sha256", (a, c) -> hex("SHA-256", s(a, 0)), str("str")),
                fn("sha512", (a, c) -> hex("SHA-512", s(a, 0)), str("str")),
                fn("base64sha256", (a, c) -> b64("SHA-256", s(a, 0)), str("str")),
                fn("base64sha512", (a, c) -> b64("SHA-512", s(a, 0)), str("str")),
                fn("uuidv5", HashFunctions::uuidv5, str("namespace"), str("name")),
                unknownResult("uuid", Type.STRING, "is random"),
                variadic("bcrypt", Param.of("cost", Type.NUMBER), (a, c) -> Value.unknown(Type.STRING,
                    "function bcrypt() is random"), str("str")),
                unknownResult("rsadecrypt", Type.STRING, "needs a private key", str("ciphertext"), str("privatekey"))
            ), Type.STRING,
            Map.of());
    }

    static byte[] digest(String algorithm, byte[] data) {
        try {
            return MessageDigest.getInstance(algorithm).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is a standard JDK algorithm", e);
        }
    }

    static Value hex(String algorithm, String s) {
        return Value.string(HexFormat.of().formatHex(digest(algorithm, s.getBytes(StandardCharsets.UTF_8))));
    }

    static Value b64(String algorithm, String s) {
        return Value.string(Base64.getEncoder().encodeToString(digest(algorithm, s.getBytes(StandardCharsets.UTF_8))));
    }

    private static Value uuidv5(List<Value> a, CallContext c) throws FunctionException {
        String ns = s(a, 0);
        UUID namespace = switch (ns) {
            case "dns" -> UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
            case "url" -> UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");
            case "oid" -> UUID.fromString("6ba7b812-9dad-11d1-80b4-00c04fd430c8");
            case "x500" -> UUID.fromString("6ba7b814-9dad-11d1-80b4-00c04fd430c8");
            default -> {
                try {
                    yield UUID.fromString(ns);
                } catch (IllegalArgumentException e) {
                    throw new FunctionException(0, "uuidv5() doesn't support namespace " + ns + ".");
                }
            }
        };
        byte[] name = s(a, 1).getBytes(StandardCharsets.UTF_8);
        ByteBuffer buf = ByteBuffer.allocate(16 + name.length);
        buf.putLong(namespace.getMostSignificantBits()).putLong(namespace.getLeastSignificantBits()).put(name);
        byte[] h = digest("SHA-1", buf.array());
        h[6] = (byte) ((h[6] & 0x0f) | 0x50);
        h[8] = (byte) ((h[8] & 0x3f) | 0x80);
        ByteBuffer out = ByteBuffer.wrap(h, 0, 16);
        return Value.string(new UUID(out.getLong(), out.getLong()).toString());
    }
}
