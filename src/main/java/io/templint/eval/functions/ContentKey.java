package io.templint.eval.functions;

import io.templint.eval.Value;

/** A value as a hash key by content, ignoring marks: for linear-time set operations. */
final class ContentKey {

    private final Value value;
    private final int hash;

    ContentKey(Value value) {
        this.value = value;
        this.hash = value.contentHash();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContentKey k && k.hash == hash && k.value.sameContent(value);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
