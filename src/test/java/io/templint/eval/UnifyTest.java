package io.templint.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One test per rule of cty's type unification ({@code convert.UnifyUnsafe}) and convertibility. */
class UnifyTest {

    private static final Type S = Type.STRING;
    private static final Type N = Type.NUMBER;
    private static final Type B = Type.BOOL;
    private static final Type DYN = Type.DYNAMIC;

    private static Type unify(Type... types) {
        return Unify.unify(Arrays.asList(types));
    }

    private static Type tuple(Type... elements) {
        return Type.tuple(List.of(elements));
    }

    @Test
    void equalTypesUnifyToThemselves() {
        assertThat(unify(N, N)).isEqualTo(N);
        assertThat(unify(Type.list(S), Type.list(S))).isEqualTo(Type.list(S));
        assertThat(unify(tuple(S, N), tuple(S, N))).isEqualTo(tuple(S, N));
    }

    @Test
    void noTypesUnifyToDynamic() {
        assertThat(Unify.unify(List.of())).isEqualTo(DYN);
    }

    @Test
    void stringIsTheSupertypeOfNumberAndBool() {
        assertThat(unify(S, N)).isEqualTo(S);
        assertThat(unify(B, S, N)).isEqualTo(S);
    }

    @Test
    void numberAndBoolDoNotUnify() {
        // neither converts to the other, and no string is there to convert both to
        assertThat(unify(N, B)).isNull();
    }

    @Test
    void aPrimitiveMixedWithDynamicTakesThePrimitive() {
        // the dynamic value is converted late, once known (cty's dynamicFixup)
        assertThat(unify(DYN, B)).isEqualTo(B);
        assertThat(unify(N, DYN, S)).isEqualTo(S);
        assertThat(unify(DYN, DYN)).isEqualTo(DYN);
    }

    @Test
    void aCollectionOrStructureMixedWithDynamicIsDynamic() {
        // the dynamic one's shape decides the result, so it is not known yet
        assertThat(unify(Type.list(S), DYN)).isEqualTo(DYN);
        assertThat(unify(DYN, Type.set(N))).isEqualTo(DYN);
        assertThat(unify(Type.map(B), DYN)).isEqualTo(DYN);
        assertThat(unify(Type.object("a", S), DYN)).isEqualTo(DYN);
        assertThat(unify(tuple(S), DYN)).isEqualTo(DYN);
    }

    @Test
    void collectionsOfOneKindUnifyTheirElements() {
        assertThat(unify(Type.list(S), Type.list(N))).isEqualTo(Type.list(S));
        assertThat(unify(Type.set(N), Type.set(S))).isEqualTo(Type.set(S));
        assertThat(unify(Type.map(B), Type.map(S))).isEqualTo(Type.map(S));
        assertThat(unify(Type.list(N), Type.list(B))).isNull();
        assertThat(unify(Type.list(Type.list(S)), Type.list(Type.list(N)))).isEqualTo(Type.list(Type.list(S)));
    }

    @Test
    void tuplesAndListsUnifyAsAList() {
        assertThat(unify(Type.list(S), tuple(S, N))).isEqualTo(Type.list(S));
        assertThat(unify(tuple(), Type.list(S))).isEqualTo(Type.list(S));
        assertThat(unify(Type.list(N), tuple(B))).isNull();
    }

    @Test
    void objectsAndMapsUnifyAsAMap() {
        assertThat(unify(Type.map(S), Type.object("a", N, "b", B))).isEqualTo(Type.map(S));
        assertThat(unify(Type.ObjectType.EMPTY, Type.map(N))).isEqualTo(Type.map(N));
        assertThat(unify(Type.map(N), Type.object("a", B))).isNull();
    }

    @Test
    void aTupleConvertsToASet() {
        // for_each = c ? toset(var.x) : []
        assertThat(unify(Type.set(S), tuple())).isEqualTo(Type.set(S));
        assertThat(unify(tuple(), Type.set(S))).isEqualTo(Type.set(S));
        assertThat(unify(tuple(S, N), Type.set(S))).isEqualTo(Type.set(S));
        assertThat(unify(Type.set(N), tuple(B))).isNull();
    }

    @Test
    void aListAndASetUnifyToTheList() {
        assertThat(unify(Type.set(S), Type.list(S))).isEqualTo(Type.list(S));
    }

    @Test
    void objectsWithTheSameAttributesUnifyAttributeByAttribute() {
        assertThat(unify(Type.object("a", N), Type.object("a", S))).isEqualTo(Type.object("a", S));
        assertThat(unify(Type.object("a", N, "b", S), Type.object("a", N, "b", B)))
            .isEqualTo(Type.object("a", N, "b", S));
        // an attribute that does not unify: no map can hold both either
        assertThat(unify(Type.object("a", N), Type.object("a", B))).isNull();
    }

    @Test
    void objectsWithOtherAttributesUnifyToAMap() {
        assertThat(unify(Type.object("a", N), Type.object("b", N))).isEqualTo(Type.map(N));
        assertThat(unify(Type.object("a", S), Type.object("b", N, "c", B))).isEqualTo(Type.map(S));
        assertThat(unify(Type.object("a", B), Type.object("b", N))).isNull();
        assertThat(unify(Type.object("a", S), Type.ObjectType.EMPTY)).isEqualTo(Type.map(S));
    }

    @Test
    void tuplesOfOneLengthUnifyElementByElement() {
        assertThat(unify(tuple(S, N), tuple(N, N))).isEqualTo(tuple(S, N));
        assertThat(unify(tuple(N), tuple(B))).isNull();
    }

    @Test
    void tuplesOfOtherLengthsUnifyToAList() {
        assertThat(unify(tuple(), tuple(S))).isEqualTo(Type.list(S));
        assertThat(unify(tuple(S), tuple(N, S))).isEqualTo(Type.list(S));
        assertThat(unify(tuple(B), tuple(N, N))).isNull();
        // two empty tuples: the same type
        assertThat(unify(tuple(), tuple())).isEqualTo(tuple());
    }

    @Test
    void objectsAndTuplesNeverUnify() {
        assertThat(unify(Type.ObjectType.EMPTY, tuple())).isNull();
        assertThat(unify(Type.object("a", S), tuple(S), Type.list(S))).isNull();
    }

    @Test
    void kindsWithoutAConversionDoNotUnify() {
        assertThat(unify(S, Type.ObjectType.EMPTY)).isNull();
        assertThat(unify(Type.list(S), Type.map(S))).isNull();
        assertThat(unify(Type.set(S), Type.map(S))).isNull();
        assertThat(unify(S, Type.list(S))).isNull();
    }

    @Test
    void nestedStructuresUnifyThroughTheirContents() {
        Type a = tuple(Type.object("name", S));
        Type b = tuple(Type.object("name", S, "size", N));
        assertThat(unify(a, b)).isEqualTo(tuple(Type.map(S)));
        assertThat(unify(Type.list(Type.object("a", S)), tuple(Type.object("b", S))))
            .isEqualTo(Type.list(Type.map(S)));
    }

    @Test
    void convertibleFollowsCtyUnsafeConversions() {
        assertThat(Unify.convertible(S, N)).isTrue();
        assertThat(Unify.convertible(N, S)).isTrue();
        assertThat(Unify.convertible(B, N)).isFalse();
        assertThat(Unify.convertible(DYN, Type.list(S))).isTrue();
        assertThat(Unify.convertible(Type.list(S), DYN)).isTrue();
        assertThat(Unify.convertible(Type.list(N), Type.set(S))).isTrue();
        assertThat(Unify.convertible(Type.set(N), Type.list(N))).isTrue();
        assertThat(Unify.convertible(tuple(S, N), Type.list(S))).isTrue();
        assertThat(Unify.convertible(tuple(S, B), Type.list(N))).isFalse();
        assertThat(Unify.convertible(tuple(S, N), Type.list(DYN))).isTrue();
        assertThat(Unify.convertible(tuple(N, B), Type.list(DYN))).isFalse();
        // a tuple whose elements unify only to dynamic converts to a list only when all are dynamic
        assertThat(Unify.convertible(tuple(DYN, tuple(S)), Type.list(DYN))).isFalse();
        assertThat(Unify.convertible(tuple(DYN, DYN), Type.set(DYN))).isTrue();
        assertThat(Unify.convertible(Type.object("a", N), Type.map(S))).isTrue();
        assertThat(Unify.convertible(Type.map(S), Type.object("a", N))).isTrue();
        assertThat(Unify.convertible(Type.map(B), Type.object("a", N))).isFalse();
        assertThat(Unify.convertible(Type.map(B), new Type.ObjectType(Map.of("a", N), Set.of("a")))).isTrue();
        assertThat(Unify.convertible(Type.object("a", S, "b", S), Type.object("a", S))).isTrue();
        assertThat(Unify.convertible(Type.object("a", S), Type.object("a", S, "b", S))).isFalse();
        assertThat(Unify.convertible(Type.ObjectType.EMPTY,
            new Type.ObjectType(Map.of("b", S), Set.of("b")))).isTrue();
        // no conversion from a list or a set to a tuple, nor between sequences and mappings
        assertThat(Unify.convertible(Type.list(S), tuple(S))).isFalse();
        assertThat(Unify.convertible(tuple(S), Type.map(S))).isFalse();
        assertThat(Unify.convertible(Type.map(S), Type.list(S))).isFalse();
    }

    @Test
    void manyTypesUnifyQuickly() {
        // toset([for i in range(100000) : tostring(i)]): a tuple of 100,000 strings
        List<Type> many = java.util.Collections.nCopies(100_000, S);
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(5), () -> {
            assertThat(Unify.unify(many)).isEqualTo(S);
            assertThat(Unify.convertible(Type.tuple(many), Type.set(DYN))).isTrue();
            List<Type> mixed = new java.util.ArrayList<>(many);
            mixed.add(N);
            mixed.add(B);
            assertThat(Unify.unify(mixed)).isEqualTo(S);
        });
    }

    @Test
    void unifiedValuesConvert() {
        Value empty = Value.EMPTY_TUPLE;
        Value set = Value.set(S, List.of(Value.string("a")));
        List<Value> u = Convert.unifyValues(List.of(set, empty));
        assertThat(u).isNotNull();
        assertThat(u.get(1)).isEqualTo(Value.set(S, List.of()));
    }
}
