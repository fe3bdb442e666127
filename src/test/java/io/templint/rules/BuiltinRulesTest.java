package io.templint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Properties every built-in rule must have, checked by reflection (like Checkstyle's {@code @StatelessCheck}). */
class BuiltinRulesTest {

    /** Types an immutable rule may hold in an instance field. */
    private static final Set<Class<?>> IMMUTABLE = Set.of(RuleMetadata.class, String.class, Pattern.class,
        int.class, long.class, boolean.class);

    @Test
    void builtinRulesAreStateless() {
        for (Rule r : BuiltinRules.all()) {
            for (Class<?> c = r.getClass(); c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    String where = c.getName() + "." + f.getName();
                    assertThat(Modifier.isFinal(f.getModifiers())).as(where + " must be final").isTrue();
                    if (!Modifier.isStatic(f.getModifiers())) {
                        // Enums are immutable; a provider check is a lambda of ProviderChecks capturing constants only.
                        boolean immutable = IMMUTABLE.contains(f.getType()) || f.getType().isEnum()
                            || f.getType().getName().equals("io.templint.rules.coder.ProviderCheckRule$Check");
                        assertThat(immutable).as(where + " must have an immutable type").isTrue();
                    }
                }
            }
            assertThat(Modifier.isFinal(r.getClass().getModifiers())).as(r.getClass() + " is final").isTrue();
        }
    }

    @Test
    void builtinRulesReturnTheSameMetadataEveryTime() {
        for (Rule r : BuiltinRules.all()) {
            assertThat(r.metadata()).isSameAs(r.metadata());
            assertThat(r.id()).isEqualTo(r.metadata().id());
        }
    }
}
