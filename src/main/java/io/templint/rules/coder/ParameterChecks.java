package io.templint.rules.coder;

import static io.templint.rules.coder.ProviderCheckRule.metadata;

import io.templint.eval.Value;
import io.templint.hcl.Attribute;
import io.templint.hcl.Block;
import io.templint.hcl.Range;
import io.templint.internal.GoStrings;
import io.templint.internal.Re2;
import io.templint.rules.Rule;
import io.templint.rules.RuleMetadata;
import io.templint.rules.coder.ProviderCheckRule.Problem;
import io.templint.terraform.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Coder provider's checks of a {@code coder_parameter}'s own definition (read from
 * {@code provider/parameter.go} and {@code provider/formtype.go}): the type of its default and
 * option values, its {@code form_type}, its {@code validation} block and whether its default
 * passes it. Each is decided per planned instance, on values known statically, the way the
 * provider decides it when Coder imports the template: with no value given, so the parameter's
 * value is its default (the empty string when it has none).
 *
 * <p><b>Internal:</b> not part of templint's supported API; may change without notice.
 */
public final class ParameterChecks {

    private static final String DOCS =
        "https://registry.terraform.io/providers/coder/coder/latest/docs/data-sources/parameter";
    private static final String IMPORT = RuleMetadata.AT_IMPORT;

    /** The parameter types the provider knows. */
    static final List<String> TYPES = List.of("string", "number", "bool", "list(string)");

    /** The form types the provider's schema accepts (formtype.go's list, "error" included). */
    static final List<String> FORM_TYPES = List.of("radio", "slider", "input", "dropdown", "checkbox", "switch",
        "multi-select", "tag-select", "textarea", "error");

    /** formtype.go's truth table: type, then whether options exist, to the form types allowed (first: the default). */
    static final Map<String, Map<Boolean, List<String>>> FORM_TYPE_TABLE = Map.of(
        "string", Map.of(true, List.of("radio", "dropdown"), false, List.of("input", "textarea")),
        "number", Map.of(true, List.of("radio", "dropdown"), false, List.of("input", "slider")),
        "bool", Map.of(true, List.of("radio", "dropdown"), false, List.of("checkbox", "switch")),
        "list(string)", Map.of(true, List.of("radio", "multi-select"), false, List.of("tag-select")));

    /** Characters a validation regex may read while matching one default (a backtracking pattern stops there). */
    static final long REGEX_READS = 1_000_000;

    private ParameterChecks() { }

    /** The rules, in listing order. */
    public static List<Rule> rules() {
        return List.of(
            new ProviderCheckRule(metadata("coder_parameter_type_mismatch",
                "A coder_parameter default or option value is not of the parameter's type",
                """
                The provider parses a parameter's `default` and each `option` value as its `type` \
                when Coder imports the template, and `terraform plan` fails on one that does not \
                parse: a `number` must be a number to Go's `strconv.ParseFloat` ("abc", "" and \
                "1,5" are not), a `bool` one of Go's `strconv.ParseBool` forms (`true`, `false`, \
                `1`, `0`, `t`, `f`, `TRUE`, `True`...: "yes" is not), a `list(string)` a JSON list of \
                strings (`jsonencode(["a"])`). The options of a `multi-select` `list(string)` are \
                single strings. The provider's words: "Parameter value is not of type \\"number\\"" \
                and "Option ... is not of type ...". An empty default (`default = ""`) is refused \
                for a `number`, `bool` or `list(string)` since provider 2.4.0; a `type` the provider \
                does not know ("expected type to be one of ...") is reported too. Values not known \
                statically are not checked.
                """, DOCS, IMPORT, "0.5.0"), Resource.Mode.DATA, "coder_parameter", ParameterChecks::typeMismatch),
            new ProviderCheckRule(metadata("coder_parameter_form_type_invalid",
                "A coder_parameter form_type is not allowed for its type and options",
                """
                Since provider 2.4.0 a parameter's `form_type` must suit its `type` and whether it \
                has `option` blocks (formtype.go): with options, `radio` or `dropdown` (`radio` or \
                `multi-select` for `list(string)`); without, `input` or `textarea` for a `string`, \
                `input` or `slider` for a `number`, `checkbox` or `switch` for a `bool`, `tag-select` \
                for a `list(string)`. Anything else fails `terraform plan` when Coder imports the \
                template: "Invalid form_type for parameter" ("\\"form_type\\" attribute=... is not \
                supported for \\"type\\"=..."); `error` is never accepted. Options made by a \
                `dynamic` block are not counted, so such parameters are not checked.
                """, DOCS, IMPORT, "2.4.0"), Resource.Mode.DATA, "coder_parameter", ParameterChecks::formType),
            new ProviderCheckRule(metadata("coder_parameter_validation_invalid",
                "A coder_parameter validation does not suit its type",
                """
                The provider accepts `regex` only in the `validation` of a `string` parameter and \
                `min`, `max` and `monotonic` only in that of a `number` ("a regex cannot be \
                specified for a number type", "a min cannot be specified for a string type"); \
                `monotonic` is `increasing` or `decreasing` ("number monotonicity can be either \
                ..."), and there is at most one `validation` block. It checks the validation \
                whenever it reads the parameter, so `terraform plan` fails when Coder imports the \
                template. `min = 0` counts as set; `null` does not.
                """, DOCS, IMPORT, "0.5.0"), Resource.Mode.DATA, "coder_parameter", ParameterChecks::validationShape),
            new ProviderCheckRule(metadata("coder_parameter_regex_invalid",
                "A coder_parameter validation regex is not a valid Go regular expression",
                """
                The provider compiles a `string` parameter's `validation` `regex` with Go's \
                `regexp` package (RE2 syntax) whenever it reads the parameter, so a pattern Go \
                refuses fails `terraform plan` when Coder imports the template ("compile regex ...: \
                error parsing regexp: ..."). RE2 is not Java's or PCRE's syntax: backreferences \
                (`\\\\1`), lookahead and lookbehind (`(?=`, `(?!`, `(?<=`), atomic groups and \
                possessive repetition, `\\\\Z`, `\\\\u0041` and counts over 1000 are refused; \
                `(?P<name>...)`, `[[:alpha:]]`, `\\\\pL` and `\\\\Q...\\\\E` are fine. In HCL, a \
                backslash in a quoted string is written twice (`"\\\\\\\\d+"`).
                """, DOCS, IMPORT, "0.5.0"), Resource.Mode.DATA, "coder_parameter", ParameterChecks::regexInvalid),
            new ProviderCheckRule(metadata("coder_parameter_default_invalid",
                "A coder_parameter default fails its own validation",
                """
                When Coder imports a template, no one has entered a value yet: the provider \
                validates the parameter's `default` (the empty string when there is none) against \
                its `validation` block, and `terraform plan` fails when it does not pass ("Invalid \
                parameter default value according to 'validation' block"): a `string` default the \
                `regex` does not find (Go's `MatchString`, an unanchored search), a `number` \
                default that is not a whole number (Go's `strconv.Atoi`) or is below `min` or \
                above `max`, a `bool` default other than `true` or `false`, a `list(string)` default \
                that is not a JSON list of strings. So a required parameter (no default) with a \
                `validation` block fails the import unless the empty value passes; give it a \
                default that passes. A regex templint cannot match exactly as Go does is not checked.
                """, DOCS, IMPORT, "0.5.0"), Resource.Mode.DATA, "coder_parameter", ParameterChecks::defaultInvalid),
            new ProviderCheckRule(metadata("coder_parameter_icon_invalid",
                "A coder_parameter or option icon is not a URL Go can parse",
                """
                Since provider 2.9.0 the `icon` of a parameter and of each of its `option` blocks \
                must be a URL Go's `url.Parse` accepts; `terraform plan` fails when Coder imports \
                the template otherwise (earlier releases did not look at the value). Go accepts \
                almost anything, so templint reports only what it is sure Go refuses: a control \
                character (a newline, a tab), a leading colon ("missing protocol scheme") and a `%` \
                not followed by two hexadecimal digits in the path of `/icon/...` or of an `http(s)` \
                URL ("invalid URL escape \\"%.s\\""): write `%25` for a literal percent sign.
                """, DOCS, IMPORT, "2.9.0"), Resource.Mode.DATA, "coder_parameter", ParameterChecks::iconInvalid));
    }

    // ---- the parameter as the provider reads it --------------------------------------------------

    /** A planned parameter's statically known definition. */
    private record Param(StaticEval eval, StaticEval.Planned p, String type, String formType, boolean hasDefault,
                         String value, List<Block> options, boolean dynamicOptions, List<Block> validations) {

        /** The provider's type, null when not known. */
        static Param of(StaticEval eval, StaticEval.Planned p) {
            Resource r = p.resource();
            Value typeValue = eval.argument(p, "type");
            String type = typeValue.isNull() ? "string" : StaticEval.string(typeValue);
            Value formValue = eval.argument(p, "form_type");
            String formType = formValue.isNull() ? "" : StaticEval.string(formValue);
            Value dflt = eval.argument(p, "default");
            boolean hasDefault = !dflt.isNull() && dflt.isKnown();
            String value = dflt.isNull() ? "" : StaticEval.string(dflt);
            boolean dynamicOptions = r.blocks("dynamic").stream().anyMatch(b -> "option".equals(b.label(0)));
            boolean dynamicValidation = r.blocks("dynamic").stream().anyMatch(b -> "validation".equals(b.label(0)));
            return new Param(eval, p, type, formType, hasDefault, value, r.blocks("option"),
                dynamicOptions || dynamicValidation, r.blocks("validation"));
        }

        /** The statically known values of all options, or null when one is not known. */
        List<String> optionValues() {
            List<String> out = new ArrayList<>();
            for (Block o : options) {
                String v = StaticEval.string(eval.nested(p, o, "value"));
                if (v == null) {
                    return null;
                }
                out.add(v);
            }
            return out;
        }

        Block validation() {
            return validations.isEmpty() ? null : validations.get(0);
        }

        /** Whether the validation block sets {@code name} to a known non-null value. */
        boolean sets(Block validation, String name) {
            Value v = eval.nested(p, validation, name);
            return !v.isNull() && v.isKnown();
        }

        boolean mayBeSet(Block validation, String name) {
            return !eval.nested(p, validation, name).isNull();
        }

        String nested(Block validation, String name) {
            Value v = eval.nested(p, validation, name);
            return v.isNull() ? "" : StaticEval.string(v);
        }

        String address() {
            return p.address();
        }

        String shown() {
            return hasDefault ? "default " + GoStrings.quote(value) + " of " + address()
                : address() + " has no default, so its value at import is \"\", and that value";
        }
    }

    private static Range at(Block block, String attribute) {
        Attribute a = block.body().attribute(attribute);
        return a != null ? a.expression().range() : block.typeRange();
    }

    // ---- the checks ----------------------------------------------------------------------------

    /** Why Go's parser refuses {@code value} as {@code type}, or null when it accepts it (or templint is unsure). */
    static String typeError(String type, String value) {
        return switch (type) {
            case "number" -> GoValues.notAFloat(value) ? GoStrings.quote(value) + " is not a number" : null;
            case "bool" -> GoValues.notABool(value) ? GoStrings.quote(value) + " is not a bool" : null;
            case "list(string)" -> JsonStrings.list(value) == null
                ? "value " + GoStrings.quote(value) + " is not a valid list of strings" : null;
            default -> null;
        };
    }

    private static Problem typeMismatch(StaticEval eval, StaticEval.Planned p) {
        Param prm = Param.of(eval, p);
        if (prm.type() == null) {
            return null;
        }
        if (!TYPES.contains(prm.type())) {
            return new Problem("type", "type " + GoStrings.quote(prm.type()) + " of " + prm.address()
                + " is not one the provider knows: expected type to be one of [\"string\" \"number\" \"bool\""
                + " \"list(string)\"]", prm.type().equals("list(string)") ? "0.6.18" : null);
        }
        if (prm.hasDefault() && prm.value() != null) {
            String error = typeError(prm.type(), prm.value());
            if (error != null) {
                return new Problem("default", "default " + GoStrings.quote(prm.value()) + " of " + prm.address()
                    + " is not a " + prm.type() + ": the provider fails with \"Parameter value is not of type "
                    + GoStrings.quote(prm.type()) + "\" (" + error + ")", prm.value().isEmpty() ? "2.4.0" : null);
            }
        }
        // a multi-select list(string) takes string options (provider 2.4.0 and later)
        String optionType = "list(string)".equals(prm.type()) && "multi-select".equals(prm.formType()) ? "string"
            : prm.type();
        for (Block o : prm.options()) {
            String v = StaticEval.string(eval.nested(p, o, "value"));
            String error = v == null ? null : typeError(optionType, v);
            if (error != null) {
                String name = StaticEval.string(eval.nested(p, o, "name"));
                return new Problem("option", "option value " + GoStrings.quote(v) + " of " + prm.address()
                    + " is not a " + optionType + ": the provider fails with \"Option "
                    + GoStrings.quote(name == null ? "" : name) + " with value=" + GoStrings.quote(v)
                    + " is not of type " + GoStrings.quote(optionType) + "\" (" + error + ")", null, at(o, "value"));
            }
        }
        return null;
    }

    private static Problem formType(StaticEval eval, StaticEval.Planned p) {
        Param prm = Param.of(eval, p);
        String form = prm.formType();
        if (form == null || form.isEmpty() || prm.type() == null || !TYPES.contains(prm.type())) {
            return null;
        }
        if (!FORM_TYPES.contains(form)) {
            return new Problem("form_type", "form_type " + GoStrings.quote(form) + " of " + prm.address()
                + " is not one the provider knows: expected form_type to be one of [" + String.join(" ",
                FORM_TYPES.stream().map(GoStrings::quote).toList()) + "]", null);
        }
        if (prm.dynamicOptions()) {
            return null;
        }
        boolean withOptions = !prm.options().isEmpty();
        List<String> allowed = FORM_TYPE_TABLE.get(prm.type()).get(withOptions);
        if (allowed.contains(form)) {
            return null;
        }
        String when = FORM_TYPE_TABLE.get(prm.type()).get(!withOptions).contains(form)
            ? withOptions ? " when options exist" : " when options do not exist" : "";
        return new Problem("form_type", "form_type " + GoStrings.quote(form) + " of " + prm.address()
            + " does not suit its type: \"Invalid form_type for parameter\": \"form_type\" attribute="
            + GoStrings.quote(form) + " is not supported for \"type\"=" + GoStrings.quote(prm.type()) + when
            + ", choose one of [" + String.join(" ", allowed) + "]", null);
    }

    private static Problem validationShape(StaticEval eval, StaticEval.Planned p) {
        Param prm = Param.of(eval, p);
        if (prm.validations().size() > 1) {
            return new Problem("validation", prm.address() + " has " + prm.validations().size()
                + " validation blocks: Too many validation blocks (no more than 1 \"validation\" block is allowed)",
                null, prm.validations().get(1).typeRange());
        }
        Block v = prm.validation();
        String type = prm.type();
        if (v == null || type == null || !TYPES.contains(type)) {
            return null;
        }
        if (!"number".equals(type)) {
            for (String bound : List.of("min", "max")) {
                if (prm.sets(v, bound)) {
                    return new Problem("validation", "validation of " + prm.address() + " sets " + bound
                        + ", which only a number parameter takes: the provider fails with \"a " + bound
                        + " cannot be specified for a " + type + " type\"", null, at(v, bound));
                }
            }
            String monotonic = prm.nested(v, "monotonic");
            if (monotonic != null && !monotonic.isEmpty()) {
                return new Problem("validation", "validation of " + prm.address() + " sets monotonic, which only a"
                    + " number parameter takes: the provider fails with \"monotonic validation can only be specified"
                    + " for number types, not " + type + " types\"", "0.19.0", at(v, "monotonic"));
            }
        }
        String regex = prm.nested(v, "regex");
        if (!"string".equals(type) && regex != null && !regex.isEmpty()) {
            return new Problem("validation", "validation of " + prm.address() + " sets regex, which only a string"
                + " parameter takes: the provider fails with \"a regex cannot be specified for a " + type + " type\"",
                null, at(v, "regex"));
        }
        String monotonic = prm.nested(v, "monotonic");
        if ("number".equals(type) && monotonic != null && !monotonic.isEmpty()
                && !monotonic.equals("increasing") && !monotonic.equals("decreasing")) {
            return new Problem("validation", "monotonic " + GoStrings.quote(monotonic) + " of " + prm.address()
                + " is not allowed: the provider fails with \"number monotonicity can be either \"increasing\""
                + " or \"decreasing\"\"", "0.6.11", at(v, "monotonic"));
        }
        return null;
    }

    private static Problem regexInvalid(StaticEval eval, StaticEval.Planned p) {
        Param prm = Param.of(eval, p);
        Block v = prm.validation();
        if (v == null || !"string".equals(prm.type()) || validationShape(eval, p) != null) {
            return null;
        }
        String regex = prm.nested(v, "regex");
        if (regex == null || regex.isEmpty()) {
            return null;
        }
        String error = Re2.parse(regex).error();
        if (error == null) {
            return null;
        }
        return new Problem("validation", "regex " + GoStrings.quote(regex) + " of " + prm.address()
            + " is not a valid Go (RE2) regular expression: the provider fails with \"compile regex\": " + error,
            null, at(v, "regex"));
    }

    private static Problem iconInvalid(StaticEval eval, StaticEval.Planned p) {
        String icon = ProviderCheckRule.known(eval, p, "icon");
        String error = icon == null ? null : GoValues.urlError(icon);
        if (error != null) {
            return new Problem("icon", "icon of " + p.address() + " is not a URL Go can parse: " + error, null);
        }
        for (Block o : p.resource().blocks("option")) {
            icon = StaticEval.string(eval.nested(p, o, "icon"));
            error = icon == null ? null : GoValues.urlError(icon);
            if (error != null) {
                return new Problem("option", "option icon of " + p.address() + " is not a URL Go can parse: " + error,
                    null, at(o, "icon"));
            }
        }
        return null;
    }

    private static Problem defaultInvalid(StaticEval eval, StaticEval.Planned p) {
        Param prm = Param.of(eval, p);
        Block v = prm.validation();
        String type = prm.type();
        String value = prm.value();
        if (v == null || type == null || value == null || !TYPES.contains(type) || validationShape(eval, p) != null) {
            return null; // nothing to check, or the validation itself is refused first
        }
        if (!prm.hasDefault() && eval.argument(p, "default").isUnknown()) {
            return null;
        }
        Range where = prm.hasDefault() ? null : v.typeRange();
        String argument = prm.hasDefault() ? "default" : "validation";
        String words = "\"Invalid parameter " + (prm.hasDefault() ? "default value" : "value")
            + " according to 'validation' block\"";
        switch (type) {
            case "string" -> {
                String regex = prm.nested(v, "regex");
                String error = prm.nested(v, "error");
                if (regex == null || regex.isEmpty() || error == null || error.isEmpty() || prm.mayBeSet(v, "min")
                        || prm.mayBeSet(v, "max") || !prm.nested(v, "monotonic").isEmpty()) {
                    return null; // nothing to match, or another rule's problem comes first
                }
                Boolean found = Re2.parse(regex).find(value, REGEX_READS);
                if (Boolean.FALSE.equals(found)) {
                    return new Problem(argument, prm.shown() + " does not match its validation regex "
                        + GoStrings.quote(regex) + ": the provider fails with " + words + " (" + error + " (value "
                        + GoStrings.quote(value) + " does not match " + GoStrings.quote(regex) + "))", null, where);
                }
            }
            case "number" -> {
                Long n = GoValues.atoi(value);
                if (n == null) {
                    return new Problem(argument, prm.shown() + " is not a whole number, which a number validation"
                        + " needs: the provider fails with " + words + " (value " + GoStrings.quote(value)
                        + " is not a number)", null, where);
                }
                for (String bound : List.of("min", "max")) {
                    Value b = eval.nested(p, v, bound);
                    String text = b.isNull() ? null : StaticEval.string(b);
                    Long limit = text == null ? null : GoValues.atoi(text);
                    if (limit != null && (bound.equals("min") ? n < limit : n > limit)) {
                        return new Problem(argument, prm.shown() + " is " + (bound.equals("min") ? "below" : "above")
                            + " its validation " + bound + " " + limit + ": the provider fails with " + words
                            + " (value " + n + " is " + (bound.equals("min") ? "less than the minimum " : "more than the"
                            + " maximum ") + limit + ")", null, where);
                    }
                }
            }
            case "bool" -> {
                if (!value.equals("true") && !value.equals("false")) {
                    return new Problem(argument, prm.shown() + " is not true or false, which a bool parameter with a"
                        + " validation block needs: the provider fails with " + words + " (boolean value can be either"
                        + " \"true\" or \"false\")", "0.6.8", where);
                }
            }
            default -> { // list(string)
                if (JsonStrings.list(value) == null) {
                    return new Problem(argument, prm.shown() + " is not a JSON list of strings: the provider fails"
                        + " with " + words + " (value " + GoStrings.quote(value) + " is not valid list of strings)",
                        "0.6.20", where);
                }
            }
        }
        return null;
    }
}
