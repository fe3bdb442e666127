package io.templint.eval.functions;

import static io.templint.eval.functions.Defs.fn;
import static io.templint.eval.functions.Defs.s;
import static io.templint.eval.functions.Defs.str;

import io.templint.eval.FileAccess;
import io.templint.eval.Globs;
import io.templint.eval.Type;
import io.templint.eval.Value;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Terraform's filesystem functions, reading through the evaluation's {@link FileAccess}: only
 * files inside the template. Without file access their results are unknown. A path outside the
 * template ({@code ..}, absolute) is not read: the result is unknown, with a warning
 * ({@link FunctionException#fileNotRead}), since Terraform would read it.
 *
 * <p>Paths stay relative to the template root: {@code abspath} cleans its argument but does not
 * prefix the directory Terraform would run in, which depends on the machine, so that its result
 * still works with the other file functions.
 */
final class FileFunctions {

    private FileFunctions() { }

    static List<Function> all() {
        return Defs.typed(List.of(
                fn("file", (a, c) -> withFile(a, c, "file", b -> Value.string(EncodingFunctions.utf8(b, 0))), str("path")),
                fn("filebase64", (a, c) -> withFile(a, c, "filebase64",
                    b -> Value.string(Base64.getEncoder().encodeToString(b))), str("path")),
                fileHash("filemd5", "MD5", false),
                fileHash("filesha1", "SHA-1", false),
                fileHash("filesha256", "SHA-256", false),
                fileHash("filesha512", "SHA-512", false),
                fileHash("filebase64sha256", "SHA-256", true),
                fileHash("filebase64sha512", "SHA-512", true),
                fn("fileexists", FileFunctions::fileexists, str("path")),
                fn("fileset", FileFunctions::fileset, str("path"), str("pattern")),
                fn("templatefile", FileFunctions::templatefile, str("path"),
                    Param.collection("vars", Type.DYNAMIC)),
                fn("dirname", (a, c) -> Value.string(dirname(s(a, 0))), str("path")),
                fn("basename", (a, c) -> Value.string(basename(s(a, 0))), str("path")),
                fn("abspath", (a, c) -> Value.string(clean(s(a, 0))), str("path")),
                fn("pathexpand", (a, c) -> {
                    String p = s(a, 0);
                    return p.startsWith("~") ? Value.unknown(Type.STRING, "function pathexpand() depends on the home"
                        + " directory of the machine Terraform runs on") : Value.string(p);
                }, str("path"))
            ), Type.STRING,
            Map.of("fileexists", Type.BOOL, "fileset", Type.set(Type.STRING), "templatefile", Type.DYNAMIC));
    }

    /** What a file function does with the bytes of its file. */
    private interface FileBody {
        Value apply(byte[] bytes) throws FunctionException;
    }

    /** Reads the file named by argument 0 and applies {@code body}; unknown without file access. */
    private static Value withFile(List<Value> a, CallContext c, String fn, FileBody body) throws FunctionException {
        String path = s(a, 0);
        try {
            return body.apply(c.files().read(path, c.limits().maxFileBytes()));
        } catch (FileAccess.UnavailableException e) {
            return unavailable(fn);
        } catch (FileAccess.OutsideRootException e) {
            throw outside(path);
        } catch (NoSuchFileException e) {
            throw new FunctionException(0, "no file exists at \"" + path + "\"; this function works only with files"
                + " that are distributed as part of the configuration source code, so if this file will be created"
                + " by a resource in this configuration you must instead obtain this result from an attribute of"
                + " that resource.");
        } catch (IOException e) {
            throw new FunctionException(0, "failed to read \"" + path + "\": " + e.getMessage() + ".");
        }
    }

    private static Value unavailable(String fn) {
        return Value.unknown("function " + fn + "() reads files, which are not available to this evaluation");
    }

    private static FunctionException outside(String path) {
        return FunctionException.fileNotRead(0, "the path \"" + path + "\" is outside the template; templint reads"
            + " only files inside the template, so it did not read this one and the result is not known statically.");
    }

    private static Function fileHash(String name, String algorithm, boolean base64) {
        return fn(name, (a, c) -> withFile(a, c, name, b -> {
            byte[] digest = HashFunctions.digest(algorithm, b);
            return Value.string(base64 ? Base64.getEncoder().encodeToString(digest) : HexFormat.of().formatHex(digest));
        }), str("path"));
    }

    private static Value fileexists(List<Value> a, CallContext c) throws FunctionException {
        String path = s(a, 0);
        try {
            return Value.bool(c.files().isFile(path));
        } catch (FileAccess.UnavailableException e) {
            return unavailable("fileexists");
        } catch (FileAccess.OutsideRootException e) {
            throw outside(path);
        } catch (IOException e) {
            throw new FunctionException(0, "failed to stat \"" + path + "\": " + e.getMessage() + ".");
        }
    }

    private static Value fileset(List<Value> a, CallContext c) throws FunctionException {
        String base = s(a, 0);
        try {
            List<String> files = c.files().glob(base, s(a, 1), c.limits().maxCollectionSize());
            return Value.set(Type.STRING, files.stream().map(Value::string).toList());
        } catch (FileAccess.UnavailableException e) {
            return unavailable("fileset");
        } catch (FileAccess.OutsideRootException e) {
            throw outside(base);
        } catch (IOException e) {
            throw new FunctionException("failed to glob pattern \"" + s(a, 1) + "\": " + e.getMessage() + ".");
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new FunctionException(1, "failed to glob pattern \"" + s(a, 1) + "\": syntax error in pattern.");
        } catch (Globs.TooCostly e) {
            // Go's filepath.Match does not backtrack: Terraform would list the files, so this is a limit
            throw c.limitReached("Matching the fileset pattern \"" + s(a, 1) + "\" against the template's files "
                + "takes more work than templint allows.");
        }
    }

    private static Value templatefile(List<Value> a, CallContext c) throws FunctionException {
        String path = s(a, 0);
        Value vars = a.get(1);
        return withFile(a, c, "templatefile",
            b -> Templates.render(path, EncodingFunctions.utf8(b, 0), vars, 1, c));
    }

    /** Go's filepath.Dir on {@code /}-separated paths. */
    static String dirname(String p) {
        if (p.isEmpty()) {
            return ".";
        }
        int slash = p.lastIndexOf('/');
        String dir = slash < 0 ? "" : p.substring(0, slash + 1);
        return clean(dir.isEmpty() ? "." : dir);
    }

    /** Go's filepath.Base on {@code /}-separated paths. */
    static String basename(String p) {
        if (p.isEmpty()) {
            return ".";
        }
        String s = p.replaceAll("/+$", "");
        if (s.isEmpty()) {
            return "/";
        }
        return s.substring(s.lastIndexOf('/') + 1);
    }

    /** Go's path.Clean. */
    static String clean(String p) {
        boolean rooted = p.startsWith("/");
        java.util.Deque<String> out = new java.util.ArrayDeque<>();
        for (String seg : p.split("/")) {
            if (seg.isEmpty() || seg.equals(".")) {
                continue;
            }
            if (seg.equals("..")) {
                if (!out.isEmpty() && !out.peekLast().equals("..")) {
                    out.removeLast();
                } else if (!rooted) {
                    out.addLast("..");
                }
            } else {
                out.addLast(seg);
            }
        }
        String joined = String.join("/", out);
        if (rooted) {
            return "/" + joined;
        }
        return joined.isEmpty() ? "." : joined;
    }
}
