package io.templint.hcl.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.templint.hcl.Attribute;
import io.templint.hcl.Block;
import io.templint.hcl.Comment;
import io.templint.hcl.Diagnostic;
import io.templint.hcl.Hcl;
import io.templint.hcl.HclFile;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The schema side of the JSON reader: which properties become blocks, labels and attributes. */
class JsonReaderStructureTest {

    @ParameterizedTest
    @ValueSource(strings = {"all-blocks.tf", "coder-task.tf", "repeated-and-comments.tf", "unknown-top-level.tf",
        "values.tfvars"})
    void fixtureHasExpectedStructure(String name) throws IOException {
        HclFile file = JsonFixtures.read("valid/" + name + ".json");

        String expected = Files.readString(JsonFixtures.ROOT.resolve("valid/" + name + ".structure"));
        assertThat(TreeDump.structure(file.body())).isEqualTo(expected);
        assertThat(syntaxErrors(file)).isEmpty();
    }

    @Test
    void everyTopLevelBlockTypeHasItsLabels() {
        HclFile file = JsonFixtures.read("valid/all-blocks.tf.json");

        assertThat(file.body().blocks()).extracting(b -> b.type() + b.labelValues()).containsExactly(
            "terraform[]", "variable[region]", "variable[tags]", "output[app_id]", "locals[]", "module[claude]",
            "provider[aws]", "provider[aws]", "resource[aws_instance, web]", "resource[aws_s3_bucket, b]",
            "data[coder_workspace, me]", "data[aws_ami, ubuntu]", "ephemeral[random_password, db]", "moved[]",
            "import[]", "import[]", "removed[]", "check[health]", "action[aws_lambda_invoke, notify]");
    }

    @Test
    void providerNestedBlocksWithoutSchemaStayAttributes() {
        HclFile file = JsonFixtures.read("valid/all-blocks.tf.json");

        Block instance = file.body().blocks("resource").get(0);
        assertThat(instance.body().attribute("ebs_block_device")).isNotNull();
        assertThat(instance.body().blocks()).extracting(Block::type)
            .containsExactly("lifecycle", "connection", "provisioner", "provisioner", "dynamic");
        Block ami = file.body().blocks("data").get(1);
        assertThat(ami.body().attribute("filter")).isNotNull();
    }

    @Test
    void coderNestedBlocksAreBlocks() {
        HclFile file = JsonFixtures.read("valid/coder-task.tf.json");

        Block agent = file.body().blocks("resource").get(0);
        assertThat(agent.body().blocks()).extracting(Block::type)
            .containsExactly("metadata", "metadata", "display_apps", "resources_monitoring");
        assertThat(agent.body().blocks("resources_monitoring").get(0).body().blocks())
            .extracting(Block::type).containsExactly("memory", "volume", "volume");
        assertThat(agent.body().attribute("env")).isNotNull();
        Block task = file.body().blocks("resource").get(2);
        assertThat(task.labelValues()).containsExactly("coder_ai_task", "task");
        assertThat(task.body().blocks("sidebar_app")).hasSize(1);
    }

    @Test
    void dynamicContentFollowsTheGeneratedBlockType() {
        HclFile file = JsonFixtures.read("valid/coder-task.tf.json");

        Block region = file.body().blocks("data").get(2);
        Block dynamic = region.body().blocks("dynamic").get(0);
        assertThat(dynamic.labelValues()).containsExactly("option");
        assertThat(dynamic.body().blocks("content")).hasSize(1);
        assertThat(dynamic.body().attribute("for_each")).isNotNull();
    }

    @Test
    void repeatedBlocksKeepSourceOrder() {
        HclFile file = JsonFixtures.read("valid/repeated-and-comments.tf.json");

        List<Block> resources = file.body().blocks("resource");
        assertThat(resources).extracting(b -> b.label(1)).containsExactly("a", "a", "b");
        assertThat(resources.get(1).range().startLine()).isEqualTo(resources.get(0).range().startLine());
        assertThat(file.body().blocks("terraform")).isEmpty();
        assertThat(file.body().blocks("locals")).hasSize(2);
    }

    @Test
    void commentPropertiesBecomeComments() {
        HclFile file = JsonFixtures.read("valid/repeated-and-comments.tf.json");

        assertThat(file.comments()).extracting(Comment::text).containsExactly("file-level comment");
        Comment c = file.comments().get(0);
        assertThat(c.style()).isEqualTo(Comment.Style.DOUBLE_SLASH);
        assertThat(c.range().startLine()).isEqualTo(3);
        assertThat(c.range().startColumn()).isEqualTo(5);
        assertThat(file.text(() -> c.range())).isEqualTo("\"//\": \"file-level comment\"");
    }

    @Test
    void unknownTopLevelKeysAreBlocksWhenTheyHoldObjects() {
        HclFile file = JsonFixtures.read("valid/unknown-top-level.tf.json");

        assertThat(file.body().blocks()).extracting(Block::type).containsExactly("resorce", "list_of_objects");
        assertThat(file.body().attribute("stray")).isNotNull();
        assertThat(file.diagnostics()).isEmpty();
    }

    @Test
    void tfvarsFilesAreAttributesOnly() {
        HclFile file = JsonFixtures.read("valid/values.tfvars.json");

        assertThat(file.body().blocks()).isEmpty();
        assertThat(file.body().attributes()).extracting(Attribute::name).containsExactly("region", "zones", "size", "tags");
        assertThat(file.diagnostics()).isEmpty();
    }

    @Test
    void facadeDispatchesJsonNames() {
        HclFile file = JsonFixtures.text("main.tf.json", "{\"locals\": {\"a\": 1}}");

        assertThat(Hcl.isJson("main.tf.json")).isTrue();
        assertThat(file.body().blocks("locals")).hasSize(1);
        assertThat(file.diagnostics()).isEmpty();
    }

    @Test
    void duplicateBlockTypeKeysAddBlocks() {
        HclFile file = JsonFixtures.text("d.tf.json",
            "{\"variable\": {\"a\": {}}, \"variable\": {\"b\": {}}, \"//\": 1, \"//\": \"two comments\"}");

        assertThat(file.body().blocks("variable")).extracting(b -> b.label(0)).containsExactly("a", "b");
        assertThat(file.diagnostics()).isEmpty();
        assertThat(file.comments()).hasSize(1);
    }

    @Test
    void nullBlockValuesDefineNoBlocks() {
        HclFile file = JsonFixtures.text("n.tf.json",
            "{\"terraform\": null, \"resource\": {\"x\": {\"y\": null}}, \"data\": {\"x\": {\"y\": [null]}}}");

        assertThat(file.body().blocks("terraform")).isEmpty();
        assertThat(file.body().blocks("resource")).isEmpty();
        assertThat(file.body().blocks("data")).hasSize(1);
        assertThat(file.diagnostics()).isEmpty();
    }

    @Test
    void topLevelNullIsAnEmptyBody() {
        HclFile file = JsonFixtures.text("n.tf.json", "null");

        assertThat(file.body().items()).isEmpty();
        assertThat(file.diagnostics()).isEmpty();
    }

    /** The file's errors. */
    static List<Diagnostic> syntaxErrors(HclFile file) {
        return file.diagnostics().stream()
            .filter(Diagnostic::isError)
            .toList();
    }
}
