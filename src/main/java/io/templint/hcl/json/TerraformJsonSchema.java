package io.templint.hcl.json;

import java.util.List;
import java.util.Map;

/**
 * The schema table: how Terraform reads each block type of a {@code .tf.json} file, including the
 * nested blocks of the Coder provider's resources that templint analyses. JSON cannot tell a
 * nested block from an attribute holding an object; Terraform tells them apart with its own and
 * the providers' schemas, and this table stands in for those. Nested blocks of other providers
 * are read as attributes (objects and arrays of objects), which keeps every value.
 *
 * <p>String modes follow Terraform's "JSON Configuration Syntax" rules: references and keywords
 * are native expressions in a string ({@code "provider": "aws.west"}), some settings are literal
 * (variable defaults and descriptions, provider aliases, output descriptions, connection types,
 * everything in {@code terraform} blocks and {@code .tfvars.json} files), everything else is a
 * template.
 */
final class TerraformJsonSchema {

    private TerraformJsonSchema() { }

    /** A body of unknown content: all attributes, strings are templates. */
    static final BodySchema OPAQUE = BodySchema.builder().build();

    /** {@code precondition}, {@code postcondition}, {@code assert}, {@code validation}. */
    private static final BodySchema CONDITION = OPAQUE;

    private static final BodySchema CONNECTION = BodySchema.builder()
        .literals("type")
        .build();

    private static final BodySchema PROVISIONER = BodySchema.builder()
        .expressions("when", "on_failure")
        .block("connection", CONNECTION)
        .dynamicBlocks()
        .build();

    private static final BodySchema ACTION_TRIGGER = BodySchema.builder()
        .expressions("events", "actions")
        .build();

    private static final BodySchema RESOURCE_LIFECYCLE = BodySchema.builder()
        .expressions("ignore_changes", "replace_triggered_by")
        .block("precondition", CONDITION)
        .block("postcondition", CONDITION)
        .block("action_trigger", ACTION_TRIGGER)
        .build();

    private static final BodySchema DATA_LIFECYCLE = BodySchema.builder()
        .block("precondition", CONDITION)
        .block("postcondition", CONDITION)
        .build();

    /**
     * The block that escapes provider arguments named like meta-arguments, {@code _ { count = 1 }},
     * and block types Terraform reserves: like Terraform's own schemas this table lists them, so
     * that in JSON too they are blocks and get Terraform's "reserved" errors.
     */
    private static final String ESCAPING = "_";
    private static final String RESERVED_LOCALS = "locals";

    /** Meta-arguments and meta-blocks of a {@code resource} body. */
    private static final BodySchema MANAGED_RESOURCE = BodySchema.builder()
        .expressions("provider", "depends_on")
        .block(RESERVED_LOCALS, OPAQUE)
        .block("lifecycle", RESOURCE_LIFECYCLE)
        .block("connection", CONNECTION)
        .block("provisioner", PROVISIONER, "type")
        .block(ESCAPING, OPAQUE)
        .dynamicBlocks()
        .build();

    /** Meta-arguments and meta-blocks of a {@code data} (and {@code ephemeral}) body. */
    private static final BodySchema DATA_RESOURCE = BodySchema.builder()
        .expressions("provider", "depends_on")
        .block("lifecycle", DATA_LIFECYCLE)
        .block(RESERVED_LOCALS, OPAQUE)
        .block(ESCAPING, OPAQUE)
        .dynamicBlocks()
        .build();

    // The Coder provider's nested blocks (terraform-provider-coder 2.x).

    private static final Map<String, BodySchema> CODER_RESOURCES = Map.of(
        "coder_agent", MANAGED_RESOURCE.toBuilder()
            .block("metadata", OPAQUE)
            .block("display_apps", OPAQUE)
            .block("resources_monitoring", BodySchema.builder()
                .block("memory", OPAQUE)
                .block("volume", OPAQUE)
                .dynamicBlocks()
                .build())
            .build(),
        "coder_app", MANAGED_RESOURCE.toBuilder()
            .block("healthcheck", OPAQUE)
            .build(),
        "coder_ai_task", MANAGED_RESOURCE.toBuilder()
            .block("sidebar_app", OPAQUE)
            .build(),
        "coder_metadata", MANAGED_RESOURCE.toBuilder()
            .block("item", OPAQUE)
            .build());

    private static final Map<String, BodySchema> CODER_DATA_SOURCES = Map.of(
        "coder_parameter", DATA_RESOURCE.toBuilder()
            .block("option", OPAQUE)
            .block("validation", OPAQUE)
            .build(),
        "coder_workspace_preset", DATA_RESOURCE.toBuilder()
            .block("prebuilds", BodySchema.builder()
                .block("expiration_policy", OPAQUE)
                .block("scheduling", BodySchema.builder()
                    .block("schedule", OPAQUE)
                    .dynamicBlocks()
                    .build())
                .dynamicBlocks()
                .build())
            .build());

    private static final BlockSchema RESOURCE = new BlockSchema("resource", List.of("type", "name"),
        MANAGED_RESOURCE, CODER_RESOURCES, false);

    private static final BlockSchema DATA = new BlockSchema("data", List.of("type", "name"),
        DATA_RESOURCE, CODER_DATA_SOURCES, false);

    private static final BodySchema VARIABLE = BodySchema.builder()
        .expressions("type")
        .literals("default", "description")
        .block("validation", CONDITION)
        .build();

    private static final BodySchema OUTPUT = BodySchema.builder()
        .literals("description", "sensitive")
        .expressions("depends_on")
        .block("precondition", CONDITION)
        .build();

    /**
     * Terraform's documentation has {@code source} and {@code version} literal, but Terraform 1.14
     * accepts constant expressions there (dynamic module sources), so they are templates: a plain
     * source reads the same either way.
     */
    private static final BodySchema MODULE = BodySchema.builder()
        .expressions("providers", "depends_on")
        .block(ESCAPING, OPAQUE)
        .block("lifecycle", OPAQUE)
        .block(RESERVED_LOCALS, OPAQUE)
        .block("provider", OPAQUE, "type")
        .build();

    private static final BodySchema PROVIDER = BodySchema.builder()
        .literals("alias", "version")
        .block(ESCAPING, OPAQUE)
        .block("lifecycle", OPAQUE)
        .block(RESERVED_LOCALS, OPAQUE)
        .dynamicBlocks()
        .build();

    private static final BodySchema LOCALS = BodySchema.builder()
        .attributesOnly()
        .build();

    /** Each provider requirement is a version string or {source, version, configuration_aliases}. */
    private static final BodySchema REQUIRED_PROVIDERS = BodySchema.builder()
        .attributesOnly()
        .defaultMode(new ValueMode.Properties(Map.of("configuration_aliases", ValueMode.Strings.EXPRESSION),
            ValueMode.Strings.LITERAL))
        .build();

    private static final BodySchema LITERAL_SETTINGS = BodySchema.builder()
        .defaultMode(ValueMode.Strings.LITERAL)
        .build();

    private static final BodySchema TERRAFORM = BodySchema.builder()
        .defaultMode(ValueMode.Strings.LITERAL)
        .expressions("experiments", "language")
        .block("required_providers", REQUIRED_PROVIDERS)
        .block("backend", LITERAL_SETTINGS, "type")
        .block("cloud", LITERAL_SETTINGS.toBuilder()
            .block("workspaces", LITERAL_SETTINGS)
            .build())
        .block("provider_meta", LITERAL_SETTINGS, "provider")
        .build();

    private static final BodySchema MOVED = BodySchema.builder()
        .expressions("from", "to")
        .build();

    private static final BodySchema IMPORT = BodySchema.builder()
        .expressions("to", "provider")
        .build();

    private static final BodySchema REMOVED = BodySchema.builder()
        .expressions("from")
        .block("lifecycle", OPAQUE)
        .block("connection", CONNECTION)
        .block("provisioner", PROVISIONER, "type")
        .build();

    private static final BodySchema CHECK = BodySchema.builder()
        .block("assert", CONDITION)
        .block(DATA)
        .build();

    private static final BodySchema ACTION = BodySchema.builder()
        .expressions("provider")
        .block("config", OPAQUE.toBuilder().dynamicBlocks().build())
        .build();

    /** The top level of a Terraform configuration file ({@code .tf.json}). */
    static final BodySchema CONFIGURATION = BodySchema.builder()
        .block("terraform", TERRAFORM)
        .block("variable", VARIABLE, "name")
        .block("output", OUTPUT, "name")
        .block("locals", LOCALS)
        .block("module", MODULE, "name")
        .block("provider", PROVIDER, "name")
        .block(RESOURCE)
        .block(DATA)
        .block("ephemeral", DATA_RESOURCE, "type", "name")
        .block("moved", MOVED)
        .block("import", IMPORT)
        .block("removed", REMOVED)
        .block("check", CHECK, "name")
        .block("action", ACTION, "type", "name")
        .unknownObjectsAreBlocks()
        .build();

    /** A variable definitions file ({@code .tfvars.json}): attributes with literal values. */
    static final BodySchema VARIABLE_VALUES = BodySchema.builder()
        .attributesOnly()
        .defaultMode(ValueMode.Strings.LITERAL)
        .build();

    private static final BodySchema OVERRIDE = BodySchema.builder()
        .expressions("target")
        .build();

    private static final BodySchema MOCK_PROVIDER = BodySchema.builder()
        .literals("alias", "source")
        .block("mock_resource", OPAQUE, "type")
        .block("mock_data", OPAQUE, "type")
        .block("override_resource", OVERRIDE)
        .block("override_data", OVERRIDE)
        .build();

    private static final BodySchema RUN = BodySchema.builder()
        .expressions("command", "expect_failures", "providers")
        .block("variables", LOCALS)
        .block("assert", CONDITION)
        .block("plan_options", BodySchema.builder().expressions("mode", "replace", "target").build())
        .block("module", MODULE)
        .block("override_resource", OVERRIDE)
        .block("override_data", OVERRIDE)
        .block("override_module", OVERRIDE)
        .build();

    /** The top level of a Terraform test file ({@code .tftest.json}). */
    static final BodySchema TEST_FILE = BodySchema.builder()
        .block("test", OPAQUE)
        .block("run", RUN, "name")
        .block("variables", LOCALS)
        .block("provider", PROVIDER, "name")
        .block("mock_provider", MOCK_PROVIDER, "name")
        .block("override_resource", OVERRIDE)
        .block("override_data", OVERRIDE)
        .block("override_module", OVERRIDE)
        .unknownObjectsAreBlocks()
        .build();

    /** The content of a dynamic block that generates blocks of these contents. */
    private static final BodySchema DYNAMIC_OPAQUE = dynamicShell(OPAQUE.toBuilder().dynamicBlocks().build());

    /**
     * The body schema of {@code dynamic "generatedType"} inside a body of schema {@code parent}: its
     * {@code content} block has the generated block type's body (or an unknown one).
     */
    static BodySchema dynamicBody(BodySchema parent, String generatedType) {
        BlockSchema generated = parent.declaredBlock(generatedType);
        if (generated == null || generated.dynamic()) {
            return DYNAMIC_OPAQUE;
        }
        return dynamicShell(generated.body().withDynamicBlocks());
    }

    private static BodySchema dynamicShell(BodySchema content) {
        return BodySchema.builder()
            .expressions("iterator")
            .block("content", content)
            .build();
    }

    /**
     * The top-level schema for a file name: variable values for {@code .tfvars.json}, a test file
     * for {@code .tftest.json}, otherwise a configuration.
     */
    static BodySchema forFile(String name) {
        if (name.endsWith(".tfvars.json")) {
            return VARIABLE_VALUES;
        }
        return name.endsWith(".tftest.json") ? TEST_FILE : CONFIGURATION;
    }
}
