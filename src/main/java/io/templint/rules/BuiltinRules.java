package io.templint.rules;

import io.templint.rules.coder.AiTaskMissingPromptRule;
import io.templint.rules.coder.AiPromptMisspelledRule;
import io.templint.rules.coder.AiTaskAppNotFoundRule;
import io.templint.rules.coder.AiTaskWithoutAppRule;
import io.templint.rules.coder.AiTaskSidebarAppDeprecatedRule;
import io.templint.rules.coder.AiTaskAppConflictRule;
import io.templint.rules.coder.AiTaskMultipleRule;
import io.templint.rules.coder.AiTaskNotDeclaredRule;
import io.templint.rules.coder.AgentNameDuplicateRule;
import io.templint.rules.coder.AgentNameInvalidRule;
import io.templint.rules.coder.AppDisplayNameTooLongRule;
import io.templint.rules.coder.AppSlugDuplicateRule;
import io.templint.rules.coder.AppSlugInvalidRule;
import io.templint.rules.coder.AppUrlAndCommandRule;
import io.templint.rules.coder.EnvDuplicateRule;
import io.templint.rules.coder.EnvNameInvalidRule;
import io.templint.rules.coder.HardcodedSecretRule;
import io.templint.rules.coder.ParameterDefaultNotOptionRule;
import io.templint.rules.coder.ParameterChecks;
import io.templint.rules.coder.ProviderChecks;
import io.templint.rules.coder.ProviderMiscChecks;
import io.templint.rules.coder.ParameterEphemeralRule;
import io.templint.rules.coder.ParameterNameDuplicateRule;
import io.templint.rules.coder.ParameterOldProviderRule;
import io.templint.rules.coder.ParameterOptionDuplicateRule;
import io.templint.rules.coder.ParameterRegexWithoutErrorRule;
import io.templint.rules.coder.PresetDefaultMultipleRule;
import io.templint.rules.coder.SensitiveOutputRule;
import io.templint.rules.coder.SensitiveVariableDefaultRule;
import io.templint.rules.terraform.DeprecatedIndexRule;
import io.templint.rules.terraform.DeprecatedInterpolationRule;
import io.templint.rules.terraform.DuplicateDeclarationRule;
import io.templint.rules.terraform.DeprecatedLookupRule;
import io.templint.rules.terraform.EmptyListEqualityRule;
import io.templint.rules.terraform.MapDuplicateKeysRule;
import io.templint.rules.terraform.ModulePinnedSourceRule;
import io.templint.rules.terraform.ModuleVersionRule;
import io.templint.rules.terraform.RequiredProvidersRule;
import io.templint.rules.terraform.RequiredVersionRule;
import io.templint.rules.terraform.TypedVariablesRule;
import io.templint.rules.terraform.UnusedDeclarationsRule;
import io.templint.rules.terraform.UnusedLocalRule;
import io.templint.rules.terraform.UnusedVariableRule;
import io.templint.rules.terraform.WorkspaceRemoteRule;
import java.util.List;
import java.util.stream.Stream;

/**
 * The rules that ship with templint: one explicit list, so what runs is obvious and reviewable.
 * A few are off by default ({@link RuleMetadata#enabledByDefault()}) and run only when configured.
 *
 * <p><b>Internal:</b> not part of templint's supported API; may change without notice.
 */
public final class BuiltinRules {

    private BuiltinRules() { }

    private static final List<Rule> ALL = Stream.concat(Stream.of(
        new DeprecatedIndexRule(),
        new DeprecatedInterpolationRule(),
        new DuplicateDeclarationRule(),
        new UnusedLocalRule(),
        new UnusedVariableRule(),
        new DeprecatedLookupRule(),
        new EmptyListEqualityRule(),
        new MapDuplicateKeysRule(),
        new ModulePinnedSourceRule(),
        new ModuleVersionRule(),
        new WorkspaceRemoteRule(),
        new TypedVariablesRule(),
        new UnusedDeclarationsRule(),
        new RequiredProvidersRule(),
        new RequiredVersionRule(),
        new AgentNameInvalidRule(),
        new AgentNameDuplicateRule(),
        new AppSlugInvalidRule(),
        new AppSlugDuplicateRule(),
        new AppDisplayNameTooLongRule(),
        new AppUrlAndCommandRule(),
        new EnvNameInvalidRule(),
        new EnvDuplicateRule(),
        new HardcodedSecretRule(),
        new SensitiveVariableDefaultRule(),
        new SensitiveOutputRule(),
        new ParameterEphemeralRule(),
        new ParameterOptionDuplicateRule(),
        new ParameterRegexWithoutErrorRule(),
        new ParameterNameDuplicateRule(),
        new PresetDefaultMultipleRule(),
        new ParameterDefaultNotOptionRule(),
        new ParameterOldProviderRule(),
        new AiTaskMissingPromptRule(),
        new AiPromptMisspelledRule(),
        new AiTaskAppNotFoundRule(),
        new AiTaskWithoutAppRule(),
        new AiTaskSidebarAppDeprecatedRule(),
        new AiTaskAppConflictRule(),
        new AiTaskMultipleRule(),
        new AiTaskNotDeclaredRule()),
        Stream.of(ProviderChecks.rules(), ParameterChecks.rules(), ProviderMiscChecks.rules())
            .flatMap(List::stream)).toList();

    /** Every built-in rule. */
    public static List<Rule> all() {
        return ALL;
    }
}
