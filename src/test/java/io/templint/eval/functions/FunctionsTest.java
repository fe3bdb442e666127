package io.templint.eval.functions;

import static org.assertj.core.api.Assertions.assertThat;

import io.templint.eval.EvalResult;
import io.templint.eval.EvalTesting;
import io.templint.eval.Renderer;
import io.templint.hcl.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Built-in functions against the results Terraform's documentation gives. Each row is an
 * expression and the HCL-like rendering of its value.
 */
class FunctionsTest {

    private static void check(String expression, String expected) {
        EvalResult r = EvalTesting.eval(expression);
        assertThat(r.diagnostics()).as("diagnostics of %s", expression).noneMatch(Diagnostic::isError);
        assertThat(Renderer.render(r.value(), 10_000)).as(expression).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        format("Hello, %s!", "Ander")                          | "Hello, Ander!"
        format("There are %d lights", 4)                       | "There are 4 lights"
        format("%-5s.", "ab")                                  | "ab   ."
        format("%5.1f", 3.14159)                               | "  3.1"
        format("%x %X %o %b", 255, 255, 8, 5)                  | "ff FF 10 101"
        format("%#v", "x")                                     | "\\"x\\""
        format("%v %v", [1, "a"], {b = true})                  | "[1,\\"a\\"] {\\"b\\":true}"
        format("%t", true)                                     | "true"
        format("%q", "hi")                                     | "\\"hi\\""
        format("%e", 1234.5678)                                | "1.234568e+03"
        format("%g", 0.00001234)                               | "1.234e-05"
        format("%05d", -42)                                    | "-0042"
        format("%+d", 5)                                       | "+5"
        format("%[2]s %[1]s", "a", "b")                        | "b a"
        format("100%%")                                        | "100%"
        format("%s", 1.5)                                      | "1.5"
        formatlist("Hello, %s!", ["Valentina", "Ander"])       | ["Hello, Valentina!", "Hello, Ander!"]
        formatlist("%s, %s!", "Salutations", ["Valentina", "Ander"]) | ["Salutations, Valentina!", "Salutations, Ander!"]
        join(", ", ["foo", "bar", "baz"])                      | "foo, bar, baz"
        join(", ", ["foo"])                                    | "foo"
        join("-", ["a"], ["b", "c"])                           | "a-b-c"
        split(",", "foo,bar,baz")                              | ["foo", "bar", "baz"]
        split(",", "foo")                                      | ["foo"]
        split(",", "")                                         | [""]
        lower("HELLO")                                         | "hello"
        upper("hello")                                         | "HELLO"
        title("hello world")                                   | "Hello World"
        trim("?!hello?!", "!?")                                | "hello"
        trimprefix("helloworld", "hello")                      | "world"
        trimprefix("helloworld", "cat")                        | "helloworld"
        trimsuffix("helloworld", "world")                      | "hello"
        trimspace("  hello\\n\\n")                             | "hello"
        replace("1 + 2 + 3", "+", "-")                         | "1 - 2 - 3"
        replace("hello world", "/w.*d/", "everybody")          | "hello everybody"
        replace("hello world", "/(o)/", "[$1]")                | "hell[o] w[o]rld"
        replace("a-b", "/(?P<x>[a-z])/", "$${x}$${x}")         | "aa-bb"
        substr("hello world", 1, 4)                            | "ello"
        substr("🤔🤷", 0, 1)                                   | "🤔"
        substr("hello world", -5, -1)                          | "world"
        substr("hello world", 6, 10)                           | "world"
        substr("hello", 10, 2)                                 | ""
        strrev("hello")                                        | "olleh"
        strrev("a☃b")                                          | "b☃a"
        chomp("hello\\n")                                      | "hello"
        chomp("hello\\r\\n")                                   | "hello"
        chomp("hello\\n\\n")                                   | "hello"
        indent(2, "[\\n  foo,\\n  bar,\\n]\\n")                | "[\\n    foo,\\n    bar,\\n  ]\\n  "
        regex("[a-z]+", "53453453.345345aaabbbccc23454")       | "aaabbbccc"
        regex("([0-9]{4})-([0-9]{2})-([0-9]{2})", "2019-02-01") | ["2019", "02", "01"]
        regex("^(?:(?P<scheme>[^:/?#]+):)?(?://(?P<authority>[^/?#]*))?", "https://terraform.io/docs/") | { authority = "terraform.io", scheme = "https" }
        regex("(a)?(b)", "b")                                  | [null, "b"]
        regexall("[a-z]+", "1234abcd5678efgh9")                | ["abcd", "efgh"]
        length(regexall("[a-z]+", "1234abcd5678efgh9"))        | 2
        regexall("x", "abc")                                   | []
        regex("[[:digit:]]+", "ab12c")                         | "12"
        startswith("hello world", "hello")                     | true
        startswith("hello world", "world")                     | false
        endswith("hello world", "world")                       | true
        strcontains("hello world", "wor")                      | true
        strcontains("hello world", "cat")                      | false
        length([])                                             | 0
        length(["a", "b"])                                     | 2
        length({"a" = "b"})                                    | 1
        length("hello")                                        | 5
        length("👾🕹️")                                         | 2
        element(["a", "b", "c"], 1)                            | "b"
        element(["a", "b", "c"], 3)                            | "a"
        element(["a", "b", "c"], -1)                           | "c"
        element(["a", "b", "c"], -4)                           | "c"
        index(["a", "b", "c"], "b")                            | 1
        lookup({a = "ay", b = "bee"}, "a", "what?")            | "ay"
        lookup({a = "ay", b = "bee"}, "c", "what?")            | "what?"
        lookup(var.map, "y")                                   | "2"
        merge({a = "b", c = "d"}, {e = "f", c = "z"})          | { a = "b", c = "z", e = "f" }
        merge({a = "b"}, {a = [1, 2], c = "z"}, {d = 3})       | { a = [1, 2], c = "z", d = 3 }
        merge(null, {a = 1})                                   | { a = 1 }
        merge(var.map, {z = "3"})                              | { x = "1", y = "2", z = "3" }
        concat(["a", ""], ["b", "c"])                          | ["a", "", "b", "c"]
        concat(var.list, ["d"])                                | ["a", "b", "c", "d"]
        flatten([["a", "b"], [], ["c"]])                       | ["a", "b", "c"]
        flatten([[["a", "b"], []], ["c"]])                     | ["a", "b", "c"]
        distinct(["a", "b", "a", "c", "d", "b"])               | ["a", "b", "c", "d"]
        contains(["a", "b", "c"], "a")                         | true
        contains(["a", "b", "c"], "d")                         | false
        contains([1, 2], "1")                                  | true
        keys({a = 1, c = 2, d = 3})                            | ["a", "c", "d"]
        values({a = 3, c = 2, d = 1})                          | [3, 2, 1]
        zipmap(["a", "b"], [1, 2])                             | { a = 1, b = 2 }
        coalesce("a", "b")                                     | "a"
        coalesce("", "b")                                      | "b"
        coalesce(1, 2)                                         | 1
        coalesce(null, "x")                                    | "x"
        coalesce(1, "hello")                                   | "1"
        coalescelist(["a", "b"], ["c", "d"])                   | ["a", "b"]
        coalescelist([], ["c", "d"])                           | ["c", "d"]
        compact(["a", "", "b", null, "c"])                     | ["a", "b", "c"]
        range(3)                                               | [0, 1, 2]
        range(0)                                               | []
        range(1, 4)                                            | [1, 2, 3]
        range(1, 8, 2)                                         | [1, 3, 5, 7]
        range(1, 4, 0.5)                                       | [1, 1.5, 2, 2.5, 3, 3.5]
        range(4, 1)                                            | [4, 3, 2]
        range(10, 5, -2)                                       | [10, 8, 6]
        slice(["a", "b", "c", "d"], 1, 3)                      | ["b", "c"]
        reverse([1, 2, 3])                                     | [3, 2, 1]
        sort(["e", "d", "a", "x"])                             | ["a", "d", "e", "x"]
        setunion(["a", "b"], ["b", "c"], ["d"])                | ["a", "b", "c", "d"]
        setintersection(["a", "b"], ["b", "c"], ["b", "d"])    | ["b"]
        setsubtract(["a", "b", "c"], ["a", "c"])               | ["b"]
        setproduct(["development", "staging"], ["app1", "app2"]) | [["development", "app1"], ["development", "app2"], ["staging", "app1"], ["staging", "app2"]]
        chunklist(["a", "b", "c", "d", "e"], 2)                | [["a", "b"], ["c", "d"], ["e"]]
        transpose({"a" = ["1", "2"], "b" = ["2", "3"]})        | { "1" = ["a"], "2" = ["a", "b"], "3" = ["b"] }
        one([])                                                | null
        one(["hello"])                                         | "hello"
        alltrue(["true", true])                                | true
        alltrue([true, false])                                 | false
        alltrue([])                                            | true
        anytrue(["true"])                                      | true
        anytrue([])                                            | false
        sum([10, 13, 6, 4.5])                                  | 33.5
        matchkeys(["i-123", "i-abc", "i-def"], ["us-west", "us-east", "us-east"], ["us-east"]) | ["i-abc", "i-def"]
        jsonencode({"hello" = "world"})                        | "{\\"hello\\":\\"world\\"}"
        jsonencode([1, true, null, "<&>"])                     | "[1,true,null,\\"\\\\u003c\\\\u0026\\\\u003e\\"]"
        jsondecode("{\\"hello\\": \\"world\\"}")               | { hello = "world" }
        jsondecode("true")                                     | true
        jsondecode("[1, 2.5, null]")                           | [1, 2.5, null]
        yamlencode({"a" = "b", "c" = "d"})                     | "\\"a\\": \\"b\\"\\n\\"c\\": \\"d\\"\\n"
        yamlencode({"foo" = [1, 2, 3], "bar" = "baz"})         | "\\"bar\\": \\"baz\\"\\n\\"foo\\":\\n- 1\\n- 2\\n- 3\\n"
        yamlencode({"foo" = [1, {"a" = "b", "c" = "d"}, 3], "bar" = "baz"}) | "\\"bar\\": \\"baz\\"\\n\\"foo\\":\\n- 1\\n- \\"a\\": \\"b\\"\\n  \\"c\\": \\"d\\"\\n- 3\\n"
        base64encode("Hello World")                            | "SGVsbG8gV29ybGQ="
        base64decode("SGVsbG8gV29ybGQ=")                       | "Hello World"
        urlencode("Hello World!")                              | "Hello+World%21"
        urlencode("☃")                                         | "%E2%98%83"
        urlencode("foo:bar@localhost?foo=bar&bar=baz")         | "foo%3Abar%40localhost%3Ffoo%3Dbar%26bar%3Dbaz"
        csvdecode("a,b,c\\n1,2,3\\n4,5,6")                     | [{ a = "1", b = "2", c = "3" }, { a = "4", b = "5", c = "6" }]
        csvdecode("a,b\\n\\"x,y\\",\\"q\\"\\"\\"")             | [{ a = "x,y", b = "q\\"" }]
        textencodebase64("Hello World", "UTF-16LE")            | "SABlAGwAbABvACAAVwBvAHIAbABkAA=="
        textdecodebase64("SABlAGwAbABvACAAVwBvAHIAbABkAA==", "UTF-16LE") | "Hello World"
        abs(23)                                                | 23
        abs(0)                                                 | 0
        abs(-12.4)                                             | 12.4
        ceil(5)                                                | 5
        ceil(5.1)                                              | 6
        floor(5)                                               | 5
        floor(4.9)                                             | 4
        floor(-4.1)                                            | -5
        log(50, 10)                                            | 1.6989700043360185
        log(16, 2)                                             | 4
        max(12, 54, 3)                                         | 54
        max([12, 54, 3]...)                                    | 54
        min(12, 54, 3)                                         | 3
        pow(3, 2)                                              | 9
        pow(4, 0)                                              | 1
        pow(4, 0.5)                                            | 2
        signum(-13)                                            | -1
        signum(0)                                              | 0
        signum(344)                                            | 1
        parseint("100", 10)                                    | 100
        parseint("FF", 16)                                     | 255
        parseint("-10", 16)                                    | -16
        parseint("1011111011101111", 2)                        | 48879
        parseint("aA", 62)                                     | 656
        md5("hello world")                                     | "5eb63bbbe01eeed093cb22bb8f5acdc3"
        sha1("hello world")                                    | "2aae6c35c94fcfb415dbe95f408b9ce91ee846ed"
        sha256("hello world")                                  | "b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9"
        sha512("hello world")                                  | "309ecc489c12d6eb4cc40f50c902f2b4d0ed77ee511a7c7a9bcd3ca86d4cd86f989dd35bc5ff499670da34255b45b0cfd830e81f605dcf7dc5542e93ae9cd76f"
        base64sha256("hello world")                            | "uU0nuZNNPgilLlLX2n2r+sSE7+N6U4DukIj3rOLvzek="
        base64sha512("hello world")                            | "MJ7MSJwS1utMxA9QyQLytNDtd+5RGnx6m808qG1M2G+YndNbxf9JlnDaNCVbRbDP2DDoH2Bdz33FVC6TrpzXbw=="
        uuidv5("dns", "www.terraform.io")                      | "a5008fae-b28c-5ba5-96cd-82b4c53552d6"
        uuidv5("url", "https://www.terraform.io/")             | "9db6f67c-dd95-5ea0-aa5b-e70e5c5f7cf5"
        uuidv5("oid", "1.3.6.1.4")                             | "af9d40a5-7a36-5c07-b23a-851cd99fbfa5"
        formatdate("DD MMM YYYY hh:mm ZZZ", "2018-01-02T23:12:01Z") | "02 Jan 2018 23:12 UTC"
        formatdate("EEEE, DD-MMM-YY hh:mm:ss ZZZ", "2018-01-02T23:12:01Z") | "Tuesday, 02-Jan-18 23:12:01 UTC"
        formatdate("EEE, DD MMM YYYY hh:mm:ss ZZZ", "2018-01-02T23:12:01-08:00") | "Tue, 02 Jan 2018 23:12:01 -0800"
        formatdate("MMM DD, YYYY", "2018-01-02T23:12:01Z")     | "Jan 02, 2018"
        formatdate("HH:mmaa", "2018-01-02T23:12:01Z")          | "11:12pm"
        formatdate("YYYY-MM-DD'T'hh:mm:ssZ", "2018-01-02T23:12:01+05:30") | "2018-01-02T23:12:01+05:30"
        timeadd("2017-11-22T00:00:00Z", "10m")                 | "2017-11-22T00:10:00Z"
        timeadd("2017-11-22T00:00:00Z", "-1h30m")              | "2017-11-21T22:30:00Z"
        timecmp("2017-11-22T00:00:00Z", "2017-11-22T00:00:00Z") | 0
        timecmp("2017-11-22T00:00:00Z", "2017-11-22T01:00:00Z") | -1
        timecmp("2017-11-22T01:00:00Z", "2017-11-22T00:00:00Z") | 1
        timecmp("2017-11-22T01:00:00Z", "2017-11-22T00:00:00-01:00") | 0
        cidrhost("10.12.112.0/20", 16)                         | "10.12.112.16"
        cidrhost("10.12.112.0/20", 268)                        | "10.12.113.12"
        cidrhost("10.12.112.0/20", -1)                         | "10.12.127.255"
        cidrhost("fd00:fd12:3456:7890:00a2::/72", 34)          | "fd00:fd12:3456:7890::22"
        cidrnetmask("172.16.0.0/12")                           | "255.240.0.0"
        cidrsubnet("172.16.0.0/12", 4, 2)                      | "172.18.0.0/16"
        cidrsubnet("10.1.2.0/24", 4, 15)                       | "10.1.2.240/28"
        cidrsubnet("fd00:fd12:3456:7890::/56", 16, 162)        | "fd00:fd12:3456:7800:a200::/72"
        cidrsubnets("10.1.0.0/16", 4, 4, 8, 4)                 | ["10.1.0.0/20", "10.1.16.0/20", "10.1.32.0/24", "10.1.48.0/20"]
        cidrsubnets("fd00:fd12:3456:7890::/56", 16, 16, 16, 32) | ["fd00:fd12:3456:7800::/72", "fd00:fd12:3456:7800:100::/72", "fd00:fd12:3456:7800:200::/72", "fd00:fd12:3456:7800:300::/88"]
        tostring("hello")                                      | "hello"
        tostring(1)                                            | "1"
        tostring(true)                                         | "true"
        tostring(null)                                         | null
        tonumber("1")                                          | 1
        tonumber(1)                                            | 1
        tobool("true")                                         | true
        tobool(null)                                           | null
        tolist(["a", "b", 3])                                  | ["a", "b", "3"]
        toset(["a", "b", "c", "b"])                            | ["a", "b", "c"]
        tomap({"a" = 1, "b" = 2})                              | { a = 1, b = 2 }
        tomap({"a" = "foo", "b" = true})                       | { a = "foo", b = "true" }
        dirname("foo/bar/baz.txt")                             | "foo/bar"
        dirname("foo")                                         | "."
        basename("foo/bar/baz.txt")                            | "baz.txt"
        basename("foo/bar/")                                   | "bar"
        issensitive(var.token)                                 | true
        issensitive(var.name)                                  | false
        nonsensitive(var.token)                                | "s3cret"
        core::upper("x")                                       | "X"
        templatestring("Hello $${x}!", {x = "a"})              | "Hello a!"
        templatestring("%%{for i in l}$${i}%%{endfor}", {l = [1, 2]}) | "12"
        abspath("./foo/../bar")                                | "bar"
        """)
    void documentedResults(String expression, String expected) {
        check(expression, expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        upper()                                  | Not enough function arguments
        upper("a", "b")                          | Too many function arguments
        upper(null)                              | Invalid function argument
        upper([])                                | Invalid function argument
        format("%d", "x")                        | Invalid function argument
        format("%s")                             | Invalid function argument
        format("%s", "a", "b")                   | Error in function call
        format("%z", 1)                          | Invalid function argument
        format("%.99999999f", 1)                 | Invalid function argument
        format("%d", 1e99999999)                 | Invalid function argument
        element([], 0)                           | Invalid function argument
        index(["a"], "z")                        | Error in function call
        lookup({a = 1}, "b")                     | Invalid function argument
        one(["a", "b"])                          | Invalid function argument
        regex("[a-z]+", "123")                   | Invalid function argument
        regex("(", "123")                        | Invalid function argument
        range(1000000000)                        | Error in function call
        range(0, 10, 0)                          | Invalid function argument
        parseint("12", 2)                        | Invalid function argument
        jsondecode("{")                          | Invalid function argument
        base64decode("not base64!")              | Invalid function argument
        cidrsubnet("10.0.0.0/30", 4, 1)          | Invalid function argument
        cidrhost("10.0.0.0/30", 4)               | Invalid function argument
        cidrhost("not-an-ip/8", 1)               | Invalid function argument
        timeadd("yesterday", "1h")               | Invalid function argument
        timeadd("2017-11-22T00:00:00Z", "3000000h") | Invalid function argument
        timeadd("2017-11-22T00:00:00Z", "10x")   | Invalid function argument
        tostring([])                             | Invalid function argument
        tonumber("no")                           | Invalid function argument
        tobool("no")                             | Invalid function argument
        slice([1, 2], 1, 5)                      | Invalid function argument
        zipmap(["a"], [1, 2])                    | Error in function call
        concat("a")                              | Invalid function argument
        sum([])                                  | Invalid function argument
        coalesce(null, "")                       | Error in function call
        upper(null...)                           | Invalid expanding argument value
        """)
    void errors(String expression, String summary) {
        assertThat(EvalTesting.errors(expression)).as(expression).contains(summary);
        assertThat(EvalTesting.eval(expression).value().isUnknown()).isTrue();
    }

    /** Digits are computed before any string limit applies: a huge precision or integer is refused at once. */
    @Test
    void formatRefusesDigitsItWouldTakeMinutesToWrite() {
        assertThat(EvalTesting.eval("format(\"%.99999999e\", 1)").diagnostics()).singleElement()
            .satisfies(d -> assertThat(d.detail()).contains("a precision of 99999999 digits is more than the 1000"));
        assertThat(EvalTesting.eval("format(\"%x\", 1e99999999)").diagnostics()).singleElement()
            .satisfies(d -> assertThat(d.detail()).contains("more than 100000 digits"));
        assertThat(EvalTesting.eval("format(\"%.1000f\", 1)").value().asString()).hasSize(1002);
    }
}
