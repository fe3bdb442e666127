package io.templint.api;

import java.util.List;

/**
 * A variable declared {@code sensitive = true}, and where its value flows.
 *
 * @param address    the variable's address, e.g. {@code var.github_pat} or {@code module.m.var.token}
 * @param name       the variable's name
 * @param file       the file declaring it
 * @param line       the 1-based line of its declaration
 * @param hasDefault whether it declares a default (a secret in the template's source)
 * @param usedBy     places its value reaches, e.g. {@code coder_agent.main.env.GITHUB_TOKEN}
 */
public record SensitiveVariable(String address, String name, String file, int line, boolean hasDefault,
                                List<String> usedBy) {
    /**
     * Copies the lists, which must not be null, into immutable ones.
     *
     * @param address the variable's address, e.g. {@code var.github_pat} or {@code module.m.var.token}
     * @param name the variable's name
     * @param file the file declaring it
     * @param line the 1-based line of its declaration
     * @param hasDefault whether it declares a default (a secret in the template's source)
     * @param usedBy places its value reaches, e.g. {@code coder_agent.main.env.GITHUB_TOKEN}
     */
    public SensitiveVariable {
        usedBy = List.copyOf(usedBy);
    }
}
