package io.templint.terraform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.templint.terraform.source.SourceLimits;
import io.templint.terraform.source.TemplatePaths;
import org.junit.jupiter.api.Test;

class ModulePathTest {

    @Test
    void addressesAndManifestKeys() {
        ModulePath p = ModulePath.ROOT.child("claude-code").child("agentapi");
        assertThat(p.toString()).isEqualTo("module.claude-code.module.agentapi");
        assertThat(p.manifestKey()).isEqualTo("claude-code.agentapi");
        assertThat(p.qualify("coder_ai_task.x")).isEqualTo("module.claude-code.module.agentapi.coder_ai_task.x");
        assertThat(ModulePath.ROOT.qualify("var.v")).isEqualTo("var.v");
        assertThat(ModulePath.parse(p.toString())).isEqualTo(p);
        assertThat(ModulePath.parse("")).isEqualTo(ModulePath.ROOT);
        assertThat(p.parent().callName()).isEqualTo("claude-code");
        assertThat(p.depth()).isEqualTo(2);
        assertThat(ModulePath.ROOT.parent()).isNull();
        assertThatThrownBy(() -> ModulePath.parse("module.a.b")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void templatePathsResolveWithoutLeavingTheRoot() {
        assertThat(TemplatePaths.resolve("modules/a", "../b")).isEqualTo("modules/b");
        assertThat(TemplatePaths.resolve("modules/a", "./")).isEqualTo("modules/a");
        assertThat(TemplatePaths.resolve("", "../x")).isNull();
        assertThat(TemplatePaths.resolve("a", "../../x")).isNull();
        assertThat(TemplatePaths.resolve("", "/etc")).isNull();
        assertThat(TemplatePaths.resolve("", "C:/x")).isNull();
        assertThat(TemplatePaths.resolve("", "a\\..\\..\\x")).isNull();
        assertThat(TemplatePaths.check("./a//b/./c.tf", SourceLimits.DEFAULTS).path()).isEqualTo("a/b/c.tf");
        assertThat(TemplatePaths.check("a/".repeat(65) + "x", SourceLimits.DEFAULTS).reason())
            .contains("SourceLimits.maxDepth");
    }

    @Test
    void findsDeclarationsByFullAddress() throws Exception {
        ModuleTree tree = Fixtures.load("tree");
        assertThat(tree.find("module.agent")).isInstanceOf(ModuleCall.class);
        assertThat(tree.find("module.agent.var.token")).isInstanceOf(Variable.class);
        assertThat(tree.find("module.agent.output.env_name")).isInstanceOf(Output.class);
        assertThat(tree.find("module.remote.module.inner")).isInstanceOf(ModuleCall.class);
        assertThat(tree.find("module.missing.output.x")).isNull();
        assertThat(tree.find("coder_agent.nope")).isNull();
        assertThat(tree.find("nonsense")).isNull();
    }
}
