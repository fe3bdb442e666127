package io.templint.terraform;

import io.templint.hcl.Range;

/**
 * Something a module declares that other parts of the configuration can refer to: a variable, a
 * local value, an output, a managed or data resource, a module call or a provider configuration.
 */
public sealed interface Declaration permits Variable, LocalValue, Output, Resource, ModuleCall, ProviderConfig {

    /** The module that declares it. */
    ModulePath module();

    /**
     * The address inside its module, as Terraform writes it in references: {@code var.x},
     * {@code local.x}, {@code output.x}, {@code coder_app.x}, {@code data.coder_parameter.p},
     * {@code module.m}, {@code provider.aws.alias}.
     */
    String localAddress();

    /** The full address, with the module path: {@code module.a.module.b.coder_app.x}. */
    default String address() {
        return module().qualify(localAddress());
    }

    /** The range a report points at: a block's type and labels, or a local value's name. */
    Range declRange();

    /** The file (path inside the template) the declaration is in. */
    default String file() {
        return declRange().filename();
    }

    /** The 1-based line of {@link #declRange()}. */
    default int line() {
        return declRange().startLine();
    }
}
