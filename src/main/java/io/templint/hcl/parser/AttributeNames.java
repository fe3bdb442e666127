package io.templint.hcl.parser;

import io.templint.hcl.Attribute;
import java.util.HashMap;
import java.util.Map;

/**
 * The attributes of one body by name, to report redefinitions. Most bodies are small: a list is
 * searched until there are enough attributes to make a hash map pay.
 */
final class AttributeNames {
    private static final int LINEAR_LIMIT = 8;

    private Attribute[] small;
    private int count;
    private Map<String, Attribute> byName;

    /** Records {@code a} unless its name is taken; returns the attribute that has it, or null. */
    Attribute putIfAbsent(Attribute a) {
        if (byName != null) {
            return byName.putIfAbsent(a.name(), a);
        }
        if (small == null) {
            small = new Attribute[LINEAR_LIMIT];
        }
        for (int i = 0; i < count; i++) {
            if (small[i].name().equals(a.name())) {
                return small[i];
            }
        }
        if (count < LINEAR_LIMIT) {
            small[count++] = a;
            return null;
        }
        byName = new HashMap<>();
        for (int i = 0; i < count; i++) {
            byName.put(small[i].name(), small[i]);
        }
        byName.put(a.name(), a);
        return null;
    }
}
