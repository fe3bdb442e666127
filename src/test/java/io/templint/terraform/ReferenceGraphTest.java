package io.templint.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceGraphTest {

    @Test
    void recordsReferencesWithAttributePaths() throws Exception {
        ModuleTree tree = Fixtures.load("coder");
        ReferenceGraph g = tree.references();
        Resource agent = tree.root().resource("coder_agent", "main");
        assertThat(g.from(agent)).extracting(Reference::attributePath, Reference::target, Reference::targetAttribute)
            .containsExactly(
                org.assertj.core.groups.Tuple.tuple("count", "data.coder_workspace.me", "start_count"),
                org.assertj.core.groups.Tuple.tuple("startup_script", "local.script", null),
                org.assertj.core.groups.Tuple.tuple("env", "local.env", null),
                org.assertj.core.groups.Tuple.tuple("env.SESSION", "data.coder_workspace_owner.me", "session_token"));
        // names bound by for expressions are not references
        assertThat(g.from(tree.root().locals().get("apps"))).isEmpty();
        assertThat(g.to("module.claude.output.task_app_id")).extracting(Reference::usage)
            .containsExactly("coder_ai_task.task.app_id");
        assertThat(tree.text(g.to("module.claude.output.task_app_id").get(0).range()))
            .isEqualTo("module.claude.task_app_id");
    }

    @Test
    void bindsAnEnvToItsAgentThroughAModuleVariable() throws Exception {
        ModuleTree tree = Fixtures.load("coder");
        ReferenceGraph g = tree.references();
        Resource env = tree.find("module.claude.coder_env.key") instanceof Resource r ? r : null;
        assertThat(env).isNotNull();
        List<Reference> origins = g.origins(env, "agent_id");
        assertThat(origins).extracting(Reference::target, Reference::targetAttribute)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("coder_agent.main", "id"));
        // the task's app resolves through the module output to the app resource
        Resource task = tree.root().resource("coder_ai_task", "task");
        assertThat(g.origins(task, "app_id")).extracting(Reference::target)
            .containsExactly("module.claude.coder_app.web");
    }

    @Test
    void tracesASensitiveVariableWhereverItFlows() throws Exception {
        ModuleTree tree = Fixtures.load("coder");
        List<String> uses = tree.references().flowsOf("var.github_pat").stream().map(Reference::usage).toList();
        assertThat(uses).containsExactlyInAnyOrder(
            "local.env.GITHUB_TOKEN",
            "module.claude.api_key",
            "coder_agent.main.env",
            "output.token.value",
            "module.claude.coder_env.key.value");
    }

    @Test
    void dynamicBlockIteratorsAreNotReferences() throws Exception {
        ModuleTree tree = TemplateLoaderTest.memory(java.util.Map.of("main.tf", """
            variable "items" {
              default = []
            }
            resource "coder_agent" "a" {
              dynamic "metadata" {
                for_each = var.items
                iterator = item
                content {
                  key    = item.value
                  script = metadata_helper.x.y
                }
              }
            }
            """));
        assertThat(tree.references().from(tree.root().resource("coder_agent", "a")))
            .extracting(Reference::attributePath, Reference::target)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("metadata.for_each", "var.items"),
                org.assertj.core.groups.Tuple.tuple("metadata.script", "metadata_helper.x"));
    }

    @Test
    void providerReferencesAndIgnoredAttributesAreTold() throws Exception {
        ModuleTree tree = TemplateLoaderTest.memory(java.util.Map.of("main.tf", """
            provider "aws" {
              alias = "west"
            }
            resource "aws_instance" "a" {
              provider = aws.west
              tags     = { Name = var.name }
              lifecycle {
                ignore_changes = [tags]
              }
            }
            variable "name" {
              default = "x"
            }
            """));
        assertThat(tree.references().from(tree.root().resource("aws_instance", "a")))
            .extracting(Reference::attributePath, Reference::target)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("provider", "provider.aws.west"),
                org.assertj.core.groups.Tuple.tuple("tags.Name", "var.name"));
        assertThat(tree.find("provider.aws.west")).isInstanceOf(ProviderConfig.class);
    }
}
