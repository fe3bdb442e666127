package io.templint.eval;

import static io.templint.eval.EvalTesting.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void basics() {
        assertThat(ok("1 + 2")).isEqualTo(num(3));
        assertThat(ok("\"hello ${var.name}\"")).isEqualTo(str("hello dev"));
        assertThat(ok("upper(var.name)")).isEqualTo(str("DEV"));
        assertThat(ok("[for s in var.list : upper(s)]")).isEqualTo(tuple(str("A"), str("B"), str("C")));
        assertThat(ok("coder_agent.main.id").isUnknown()).isTrue();
        System.out.println(ok("coder_agent.main.id").unknownReason());
        System.out.println(ok("format(\"%s-%03d\", var.name, 7)"));
        System.out.println(ok("jsonencode({a = [1, \"<x>\"], b = null})"));
        System.out.println(ok("\"tok=${var.token}\"").marks());
    }
}
