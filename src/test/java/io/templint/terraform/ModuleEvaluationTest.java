package io.templint.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import io.templint.eval.Value;
import io.templint.hcl.Hcl;
import io.templint.hcl.ParseOptions;
import io.templint.hcl.SourceFile;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModuleEvaluationTest {

    private static Value eval(TemplateEvaluation ev, ModulePath module, String expression) {
        var parsed = Hcl.parseExpression(SourceFile.of("<test>", expression), ParseOptions.DEFAULTS);
        assertThat(parsed.diagnostics()).isEmpty();
        return ev.evaluate(module, parsed.expression()).value();
    }

    private static Value eval(TemplateEvaluation ev, String expression) {
        return eval(ev, ModulePath.ROOT, expression);
    }

    @Test
    void givesCoderImportTimeValues() throws Exception {
        TemplateEvaluation ev = Fixtures.load("coder").evaluation();
        assertThat(eval(ev, "data.coder_workspace.me.start_count").asNumber()).isEqualByComparingTo("1");
        assertThat(eval(ev, "data.coder_workspace.me.transition").asString()).isEqualTo("start");
        assertThat(eval(ev, "data.coder_task.me.enabled").asBoolean()).isFalse();
        assertThat(eval(ev, "data.coder_parameter.ai_prompt.value").asString()).isEmpty();
        assertThat(eval(ev, "data.coder_parameter.size.value").asString()).isEqualTo("3");
        Value region = eval(ev, "data.coder_parameter.region.value");
        assertThat(region.isUnknown()).isTrue();
        assertThat(region.unknownReason()).contains("has no default");
        assertThat(eval(ev, "data.coder_parameter.ai_prompt.name").asString()).isEqualTo("AI Prompt");
        assertThat(eval(ev, "local.prefix").asString()).isEqualTo("ws-start");
        Value owner = eval(ev, "data.coder_workspace_owner.me.name");
        assertThat(owner.isUnknown()).isTrue();
        assertThat(owner.marks().origins()).contains("data.coder_workspace_owner.me");
        Value session = eval(ev, "data.coder_workspace_owner.me.session_token");
        assertThat(session.isSensitive()).isTrue();
        assertThat(session.marks().sensitiveSources()).containsExactly("data.coder_workspace_owner.me.session_token");
    }

    @Test
    void countsInstancesWithImportTimeInputs() throws Exception {
        ModuleTree tree = Fixtures.load("coder");
        ModuleEvaluation root = tree.evaluation().root();
        Module m = tree.root();
        assertThat(root.instanceCount(m.resource("coder_ai_task", "task")).count()).isZero();
        assertThat(root.instanceCount(m.resource("coder_agent", "main")).count()).isEqualTo(1);
        InstanceCount replicas = root.instanceCount(m.resource("coder_app", "replica"));
        assertThat(replicas.count()).isEqualTo(2);
        assertThat(root.evaluate(m.resource("coder_app", "replica").attribute("slug").expression(),
            replicas.instances().get(1)).value().asString()).isEqualTo("replica-1");
        InstanceCount each = root.instanceCount(m.resource("coder_app", "each"));
        assertThat(each.count()).isEqualTo(2);
        assertThat(root.evaluate(m.resource("coder_app", "each").attribute("slug").expression(),
            each.instances().get(0)).value().asString()).isEqualTo("app-a");
        assertThat(root.instanceCount(m.moduleCalls().get("claude"))).isEqualTo(InstanceCount.SINGLE);
        // a root variable given like -var changes the count
        ModuleTree three = Fixtures.load("coder", Map.of("replicas", "3", "github_pat", "ghp_x"));
        assertThat(three.evaluation().root().instanceCount(three.root().resource("coder_app", "replica")).count())
            .isEqualTo(3);
        // count.index outside an instance is unknown, not an error
        Value idx = root.evaluate(m.resource("coder_app", "replica").attribute("slug").expression()).value();
        assertThat(idx.isUnknown()).isTrue();
    }

    @Test
    void evaluatesVariablesLocalsAndModuleOutputsAcrossModules() throws Exception {
        TemplateEvaluation ev = Fixtures.load("coder").evaluation();
        Value pat = ev.root().variable("github_pat");
        assertThat(pat.isUnknown()).isTrue();
        assertThat(pat.marks().sensitiveSources()).containsExactly("var.github_pat");
        Value replicas = ev.root().variable("replicas");
        assertThat(replicas.asNumber()).isEqualByComparingTo(BigDecimal.valueOf(2));
        assertThat(eval(ev, "local.apps").elements()).extracting(Value::asString).containsExactly("X", "Y");
        assertThat(eval(ev, "local.script").asString()).isEqualTo("#!/bin/sh\necho start\n");
        assertThat(eval(ev, "path.module").asString()).isEqualTo(".");
        assertThat(eval(ev, "terraform.workspace").asString()).isEqualTo("default");

        ModulePath claude = ModulePath.parse("module.claude");
        Value apiKey = ev.module(claude).variable("api_key");
        assertThat(apiKey.marks().sensitiveSources()).contains("var.github_pat", "module.claude.var.api_key");
        assertThat(eval(ev, claude, "path.module").asString()).isEqualTo("modules/claude");
        Value appId = eval(ev, "module.claude.task_app_id");
        assertThat(appId.isUnknown()).isTrue();
        assertThat(appId.marks().origins()).contains("module.claude.coder_app.web", "module.claude.output.task_app_id");
        assertThat(eval(ev, "coder_app.each[\"a\"].slug").asString()).isEqualTo("app-a");
        assertThat(eval(ev, "coder_app.replica[1].slug").asString()).isEqualTo("replica-1");
        assertThat(eval(ev, "coder_app.replica[0].id").isUnknown()).isTrue();
        Value token = ev.root().output("token");
        assertThat(token.isSensitive()).isTrue();
        assertThat(token.marks().sensitiveSources()).contains("var.github_pat");
    }

    @Test
    void reportsCyclesAndUndeclaredReferences() throws Exception {
        TemplateEvaluation ev = Fixtures.load("coder").evaluation();
        Value cycle = ev.root().output("cycle");
        assertThat(cycle.isUnknown()).isTrue();
        assertThat(Fixtures.brief(ev.diagnostics())).containsExactly("main.tf:34: Cycle in local values");
        assertThat(ev.diagnostics().get(0).detail())
            .isEqualTo("The value of local.a depends on itself: local.a -> local.b -> local.a.");

        var parsed = Hcl.parseExpression(SourceFile.of("<test>", "var.nope"), ParseOptions.DEFAULTS);
        var r = ev.root().evaluate(parsed.expression());
        assertThat(r.value().isUnknown()).isTrue();
        assertThat(Fixtures.brief(r.diagnostics())).containsExactly("<test>:1: Reference to undeclared input variable");
        parsed = Hcl.parseExpression(SourceFile.of("<test>", "coder_app.nope.id"), ParseOptions.DEFAULTS);
        assertThat(Fixtures.brief(ev.root().evaluate(parsed.expression()).diagnostics()))
            .containsExactly("<test>:1: Reference to undeclared resource");
    }

    @Test
    void unresolvedModulesGiveUnknownOutputsThatSayWhy() throws Exception {
        TemplateEvaluation ev = Fixtures.load("tree").evaluation();
        Value missing = ev.root().output("from_missing");
        assertThat(missing.isUnknown()).isTrue();
        assertThat(missing.unknownReason()).contains("module.missing is not in the template")
            .contains("not installed");
        assertThat(ev.root().output("from_agent").asString()).isEqualTo("TOKEN");
        assertThat(eval(ev, "module.remote.inner_value").asString()).isEqualTo("from inner");
        assertThat(ev.module(ModulePath.parse("module.agent")).variable("token").asString()).isEqualTo("s3cr3t");
    }

    @Test
    void fileFunctionsStayInsideTheTemplate() throws Exception {
        ModuleTree tree = TemplateLoaderTest.memory(Map.of(
            "main.tf", "locals {\n  a = file(\"../etc/passwd\")\n  b = fileexists(\"main.tf\")\n"
                + "  c = fileset(path.module, \"**/*.sh\")\n}\n",
            "scripts/x.sh", "x",
            "scripts/deep/y.sh", "y"));
        TemplateEvaluation ev = tree.evaluation();
        assertThat(ev.root().local("a").isKnown()).isFalse();
        assertThat(ev.root().local("b").asBoolean()).isTrue();
        assertThat(ev.root().local("c").elements()).extracting(Value::asString)
            .containsExactly("scripts/deep/y.sh", "scripts/x.sh");
    }

    @Test
    void selfReferentialInstancesDoNotLoop() throws Exception {
        ModuleTree tree = TemplateLoaderTest.memory(Map.of("main.tf", """
            resource "coder_app" "a" {
              for_each = toset([coder_app.a["x"].slug])
              slug     = "x"
            }
            """));
        TemplateEvaluation ev = tree.evaluation();
        ev.root().instanceCount(tree.root().resource("coder_app", "a"));
        // exactly one: the cycle is met from two values but is one problem (it was reported twice)
        assertThat(Fixtures.brief(ev.diagnostics())).containsExactly("main.tf:2: Reference cycle");
    }

    @Test
    void longChainsOfLocalsStopAtTheLimitWithinASmallStack() throws Exception {
        StringBuilder tf = new StringBuilder("locals {\n  l0 = 1\n");
        for (int i = 1; i <= 2000; i++) {
            tf.append("  l").append(i).append(" = local.l").append(i - 1).append(" + 1\n");
        }
        tf.append("}\n");
        ModuleTree tree = TemplateLoaderTest.memory(Map.of("main.tf", tf.toString()));
        Value[] result = new Value[1];
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                TemplateEvaluation ev = tree.evaluation();
                result[0] = ev.root().local("l2000");
                assertThat(Fixtures.brief(ev.diagnostics())).containsExactly("main.tf:" + (2 + 2000 - TemplateEvaluation.MAX_CHAIN)
                    + ": Evaluation too deep");
                assertThat(ev.root().local("l50").asNumber()).isEqualByComparingTo("51");
            } catch (Throwable x) {
                failure[0] = x;
            }
        }, "small-stack", 512 * 1024);
        t.start();
        t.join();
        if (failure[0] != null) {
            throw new AssertionError(failure[0]);
        }
        assertThat(result[0].isUnknown()).isTrue();
    }

    @Test
    void rootVariablesComeFromVariableFilesInTerraformsOrder() throws Exception {
        Map<String, String> files = Map.of(
            "main.tf", "variable \"n\" {\n  type = number\n  default = 1\n}\nvariable \"tags\" {\n"
                + "  type = list(string)\n  default = []\n}\n",
            "terraform.tfvars", "n = 5\ntags = [\"a\"]\nundeclared = 1\n",
            "b.auto.tfvars.json", "{\"n\": 7}",
            "a.auto.tfvars", "n = 6\n");
        ModuleTree tree = TemplateLoaderTest.memory(files);
        assertThat(Fixtures.brief(tree.diagnostics())).containsExactly("terraform.tfvars:3: Value for undeclared variable");
        TemplateEvaluation ev = tree.evaluation();
        assertThat(ev.root().variable("n").asNumber()).isEqualByComparingTo("7");
        assertThat(ev.root().variable("tags").elements()).extracting(Value::asString).containsExactly("a");
        // -var beats the files; the files can be switched off
        Map<String, byte[]> bytes = new java.util.HashMap<>();
        files.forEach((k, v) -> bytes.put(k, v.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        ModuleTree withVar = TemplateLoader.load(io.templint.terraform.source.TemplateSource.files("mem", bytes),
            LoadOptions.DEFAULTS.withVariables(Map.of("n", "9")));
        assertThat(withVar.evaluation().root().variable("n").asNumber()).isEqualByComparingTo("9");
        ModuleTree noFiles = TemplateLoader.load(io.templint.terraform.source.TemplateSource.files("mem", bytes),
            LoadOptions.DEFAULTS.withVariableFiles(false));
        assertThat(noFiles.evaluation().root().variable("n").asNumber()).isEqualByComparingTo("1");
    }

    @Test
    void variableValidationsThatFailStaticallyAreReported() throws Exception {
        ModuleTree tree = TemplateLoaderTest.memory(Map.of(
            "main.tf", "module \"m\" {\n  source = \"./m\"\n  mode   = \"fast\"\n}\n"
                + "module \"ok\" {\n  source = \"./m\"\n  mode   = \"plan\"\n}\n",
            "m/main.tf", "variable \"mode\" {\n  type = string\n  validation {\n"
                + "    condition     = contains([\"plan\", \"auto\"], var.mode)\n"
                + "    error_message = \"mode must be plan or auto, not ${var.mode}.\"\n  }\n}\n"));
        TemplateEvaluation ev = tree.evaluation();
        assertThat(ev.module(ModulePath.parse("module.m")).variable("mode").asString()).isEqualTo("fast");
        assertThat(ev.module(ModulePath.parse("module.ok")).variable("mode").asString()).isEqualTo("plan");
        assertThat(Fixtures.brief(ev.diagnostics())).containsExactly("main.tf:3: Invalid value for variable");
        assertThat(ev.diagnostics().get(0).detail()).startsWith("mode must be plan or auto, not fast.\n\nThis was"
            + " checked by the validation rule at m/main.tf:4,21-");
    }

    @Test
    void argumentsOfResourcesWithoutInstancesAreNotEvaluated() throws Exception {
        ModuleTree tree = TemplateLoaderTest.memory(Map.of("main.tf", """
            variable "name" {
              default = ""
            }
            resource "aws_db_subnet_group" "db" {
              count = 0
              name  = coalesce(var.name, "")
            }
            output "name" {
              value = try(aws_db_subnet_group.db[0].name, null)
            }
            """));
        TemplateEvaluation ev = tree.evaluation();
        ev.root().output("name");
        assertThat(ev.diagnostics()).isEmpty();
        // an argument left null may be computed by the provider
        ModuleTree computed = TemplateLoaderTest.memory(Map.of("main.tf", """
            variable "v" {
              type    = string
              default = null
            }
            resource "aws_launch_template" "t" {
              default_version = var.v
            }
            locals {
              version = coalesce(var.v, aws_launch_template.t.default_version)
            }
            """));
        TemplateEvaluation ev2 = computed.evaluation();
        assertThat(ev2.root().local("version").isUnknown()).isTrue();
        assertThat(ev2.diagnostics()).isEmpty();
    }
}
