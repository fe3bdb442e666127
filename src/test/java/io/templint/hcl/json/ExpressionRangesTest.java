package io.templint.hcl.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.templint.hcl.Expression;
import io.templint.hcl.Expression.AnonSymbol;
import io.templint.hcl.Expression.FunctionCall;
import io.templint.hcl.Expression.LiteralValue;
import io.templint.hcl.Expression.ScopeTraversal;
import io.templint.hcl.Expression.Splat;
import io.templint.hcl.Expression.TupleCons;
import io.templint.hcl.Pos;
import io.templint.hcl.Range;
import io.templint.hcl.Traverser;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class ExpressionRangesTest {

    private static Range r(int line, int col, int b, int endLine, int endCol, int endB) {
        return new Range("f", new Pos(line, col, b), new Pos(endLine, endCol, endB));
    }

    private static final UnaryOperator<Range> SHIFT = ExpressionRanges.shiftTo(new Pos(3, 10, 100));

    @Test
    void firstLineMovesByColumnAndByteLaterLinesByLineAndByte() {
        Range moved = SHIFT.apply(r(1, 1, 0, 2, 4, 12));

        assertThat(moved.start()).isEqualTo(new Pos(3, 10, 100));
        assertThat(moved.end()).isEqualTo(new Pos(4, 4, 112));
        assertThat(SHIFT.apply(null)).isNull();
    }

    @Test
    void everyNodeAndTraverserIsMoved() {
        ScopeTraversal ref = new ScopeTraversal(List.of(new Traverser.Root("var", r(1, 3, 2, 1, 6, 5)),
            new Traverser.Attr("x", r(1, 6, 5, 1, 8, 7))), r(1, 3, 2, 1, 8, 7));
        FunctionCall call = new FunctionCall("f", r(1, 1, 0, 1, 2, 1), List.of(ref), false,
            r(1, 2, 1, 1, 3, 2), r(1, 8, 7, 1, 9, 8), r(1, 1, 0, 1, 9, 8));

        FunctionCall moved = (FunctionCall) ExpressionRanges.map(call, SHIFT);

        assertThat(moved.range().start()).isEqualTo(new Pos(3, 10, 100));
        assertThat(moved.closeParenRange().start()).isEqualTo(new Pos(3, 17, 107));
        ScopeTraversal movedRef = (ScopeTraversal) moved.args().get(0);
        assertThat(movedRef.traversal().get(1).range().start()).isEqualTo(new Pos(3, 15, 105));
        assertThat(movedRef.rootName()).isEqualTo("var");
    }

    @Test
    void splatItemStaysTheSymbolItsBodyUses() {
        AnonSymbol item = new AnonSymbol(r(1, 4, 3, 1, 4, 3));
        Expression each = new Expression.RelativeTraversal(item, List.of(new Traverser.Attr("id", r(1, 6, 5, 1, 9, 8))),
            r(1, 4, 3, 1, 9, 8));
        Splat splat = new Splat(new ScopeTraversal(List.of(new Traverser.Root("a", r(1, 1, 0, 1, 2, 1))),
            r(1, 1, 0, 1, 2, 1)), each, item, r(1, 2, 1, 1, 4, 3), r(1, 1, 0, 1, 9, 8));

        Splat moved = (Splat) ExpressionRanges.map(splat, SHIFT);

        Expression.RelativeTraversal movedEach = (Expression.RelativeTraversal) moved.each();
        assertThat(movedEach.source()).isSameAs(moved.item());
        assertThat(moved.item().range().start()).isEqualTo(new Pos(3, 13, 103));
    }

    @Test
    void deepTreesDoNotRecurse() {
        Expression e = new LiteralValue(null, r(1, 1, 0, 1, 2, 1));
        for (int i = 0; i < 100_000; i++) {
            e = new TupleCons(List.of(e), r(1, 1, 0, 1, 2, 1), r(1, 1, 0, 1, 2, 1));
        }

        Expression moved = ExpressionRanges.map(e, SHIFT);

        assertThat(moved.range().start()).isEqualTo(new Pos(3, 10, 100));
    }
}
