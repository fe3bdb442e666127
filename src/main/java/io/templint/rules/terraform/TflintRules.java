package io.templint.rules.terraform;

import io.templint.hcl.Expression;
import io.templint.hcl.Hcl;
import io.templint.hcl.Range;

/**
 * What the rules that follow tflint's Terraform ruleset share. tflint checks the root module of
 * each directory it is run in; {@code tflint --recursive} runs it in every directory of the
 * template, so these rules check every module folder of the template. Modules downloaded into
 * {@code .terraform/modules} are no directory tflint lints and are skipped.
 */
final class TflintRules {

    private TflintRules() { }

    /** Whether {@code fileName} belongs to a module folder that {@code tflint --recursive} lints. */
    static boolean linted(String fileName) {
        return !("/" + fileName.replace('\\', '/')).contains("/.terraform/");
    }

    /** Whether tflint's expression walk sees native syntax nodes in {@code fileName} (not JSON). */
    static boolean nativeSyntax(String fileName) {
        return linted(fileName) && !Hcl.isJson(fileName);
    }

    /** The string {@code e} holds when it is a literal string ({@code "x"} without interpolation). */
    static String literalString(Expression e) {
        if (e instanceof Expression.Template t && t.isStringLiteral()) {
            return t.literalString();
        }
        return e instanceof Expression.LiteralValue l && l.value() instanceof String s ? s : null;
    }

    /** A range as HCL writes it in messages: {@code main.tf:3,5-9} or {@code main.tf:3,5-4,2}. */
    static String hclRange(Range r) {
        String tail = r.startLine() == r.endLine() ? String.valueOf(r.endColumn()) : r.endLine() + "," + r.endColumn();
        return r.filename() + ":" + r.startLine() + "," + r.startColumn() + "-" + tail;
    }
}
