/*
 * Parser of HCL native syntax (hclsyntax v2.23), written from the HCL native syntax specification.
 *
 * This grammar is the executable definition of the syntax templint accepts. It has no error
 * recovery of its own: GrammarFrontEnd runs it with SLL prediction and a bail-out error strategy,
 * and hands any input it rejects to the hand-written recovery parser, which reports hcl's exact
 * diagnostics.
 *
 * It builds io.templint.hcl trees as it parses, without a parse tree: every action is one call of
 * a method of HclParserBase, the Java half of the generated parser, which makes the node with
 * exactly the kinds and ranges of the recovery parser. What the grammar accepts but hclsyntax
 * rejects (a duplicate attribute, an invalid escape or number, ...) is refused there.
 *
 * Newlines: the lexer drops NEWLINE tokens where they are insignificant (inside parentheses,
 * brackets, template sequences and 'for' expressions), so every NEWLINE below is significant.
 */
parser grammar HCLParser;

options { tokenVocab = HCLLexer; superClass = HclParserBase; }

@header {
import io.templint.hcl.Attribute;
import io.templint.hcl.Block;
import io.templint.hcl.Body;
import io.templint.hcl.BodyItem;
import io.templint.hcl.Expression;
import io.templint.hcl.Label;
import io.templint.hcl.parser.HclParserBase;
}

// ------------------------------------------------------------------ structure
//
// Alternatives are left-factored where that keeps a decision to one token of look-ahead, which the
// generated parser takes with a switch instead of its prediction machinery.

configFile returns [Body value]
    @init { List<BodyItem> items = new ArrayList<>(); }
    : NEWLINE* ( bodyItem { items.add($bodyItem.value); } ( NEWLINE+ | EOF ) )* end=EOF
      { $value = file(items, $end); }
    ;

// an attribute or a block, told apart by the token after the name
bodyItem returns [BodyItem value]
    @init { List<Label> labels = null; }
    : name=( IDENT | FOR | IN | IF | ELSE | ENDIF | ENDFOR )
      ( EQUAL expression                                { $value = attribute($name, $EQUAL, $expression.value); }
      | ( label { labels = add(labels, $label.value); } )* blockBody
                                                        { $value = block($name, labels, $blockBody.value,
                                                                         $blockBody.start, $blockBody.stop); }
      )
    ;

label returns [Label value]
    @init { List<Token> parts = null; }
    : ident                                             { $value = bareLabel($ident.start); }
    | open=O_QUOTE ( QUOTED_LIT { parts = add(parts, $QUOTED_LIT); } )* close=C_QUOTE
                                                        { $value = quotedLabel($open, parts, $close); }
    ;

// "{}", a body of lines, or a one-line block holding a single attribute
blockBody returns [Body value]
    @init { List<BodyItem> items = new ArrayList<>(); }
    : open=O_BRACE
      ( close=C_BRACE                                   { $value = body(items, $open, $close); }
      | NEWLINE+ ( bodyItem { items.add($bodyItem.value); } NEWLINE+ )* close=C_BRACE
                                                        { $value = body(items, $open, $close); }
      | name=( IDENT | FOR | IN | IF | ELSE | ENDIF | ENDFOR ) EQUAL expression
                                                        { $value = oneLineBody(attribute($name, $EQUAL, $expression.value)); }
        C_BRACE
      )
    ;

// Keywords are identifiers wherever a name is expected. The frequent places (attribute and block
// names, variables, function names, attribute steps) match this set inline, which saves a rule
// invocation per name.
ident       : IDENT | FOR | IN | IF | ELSE | ENDIF | ENDFOR ;

// ------------------------------------------------------------------ expressions, loosest first

// A conditional, or a chain of operands and binary operators. HclParserBase.binary applies the
// operators' precedence (tightest first: * / %, then + -, then < > <= >=, then == !=, then &&,
// then ||), all of them associating to the left; a flat chain keeps every decision here to one
// token of look-ahead.
expression returns [Expression value]
    @init { BinaryChain chain = null; }
    : first=operand
      ( op=( STAR | SLASH | PERCENT | PLUS | MINUS | LESS | GREATER | LESS_EQ | GREATER_EQ | EQUAL_OP | NOT_EQUAL
           | AND | OR ) next=operand { chain = chain(chain, $first.value, $op, $next.value); } )*
      { $value = chain == null ? $first.value : binary(chain); }
      ( QUESTION t=expression COLON f=expression { $value = conditional($start, $value, $t.value, $f.value); } )?
    ;

operand returns [Expression value]
    @init { List<Step> steps = null; }
    : sign=( MINUS | BANG ) inner=operand               { $value = unaryOp($sign, $inner.value); }
    | term ( step { steps = add(steps, $step.value); } )* { $value = traversal($term.value, steps); }
    ;

// traversal steps, index and splat operators
step returns [Step value]
    : DOT ( name=( IDENT | FOR | IN | IF | ELSE | ENDIF | ENDFOR ) { $value = attributeStep($DOT, $name); }
          | NUMBER                                { $value = legacyIndexStep($DOT, $NUMBER); }
          | STAR                                  { $value = attributeSplatStep($DOT, $STAR); }
          )
    | open=O_BRACK ( STAR close=C_BRACK           { $value = fullSplatStep($open, $close); }
                   | expression close=C_BRACK     { $value = indexStep($open, $expression.value, $close); }
                   )
    ;

// hclsyntax reads brackets and braces that open with "for" as for expressions: it refuses a tuple
// or an object whose first item starts with "for" (HclParserBase.firstItem)
term returns [Expression value]
    : NUMBER                                      { $value = number($NUMBER); }
    | name=( IDENT | FOR | IN | IF | ELSE | ENDIF | ENDFOR )
      ( callArguments[$name]                      { $value = $callArguments.value; }
      |                                           { $value = variable($name); }
      )
    | open=O_PAREN expression close=C_PAREN       { $value = parentheses($open, $expression.value, $close); }
    | quotedTemplate                              { $value = $quotedTemplate.value; }
    | heredocTemplate                             { $value = $heredocTemplate.value; }
    | open=O_BRACK
      ( forTuple[$open]                           { $value = $forTuple.value; }
      | tuple[$open]                              { $value = $tuple.value; }
      )
    | open=O_BRACE NEWLINE*
      ( forObject[$open]                          { $value = $forObject.value; }
      | object[$open]                             { $value = $object.value; }
      )
    ;

// the rest of a function call after its first name: f(...) or provider::ns::f(...)
callArguments[Token first] returns [Expression value]
    @init { List<Token> qualified = null; List<Expression> args = new ArrayList<>(); boolean expand = false; }
    : ( DOUBLE_COLON part=ident { qualified = add(qualified, $part.start); } )* open=O_PAREN
      ( expression { args.add($expression.value); } ( COMMA expression { args.add($expression.value); } )*
        ( COMMA | ELLIPSIS { expand = true; } )? )?
      close=C_PAREN { $value = call($first, qualified, args, expand, $open, $close); }
    ;

// the rest of a tuple after its "["
tuple[Token open] returns [Expression value]
    @init { List<Expression> items = new ArrayList<>(); }
    : ( first=expression { items.add(firstItem($first.value, $first.start)); }
        ( COMMA expression { items.add($expression.value); } )* COMMA? )?
      close=C_BRACK { $value = tuple($open, items, $close); }
    ;

// the rest of an object after its "{" and newlines
object[Token open] returns [Expression value]
    @init { List<Expression.ObjectItem> items = new ArrayList<>(); }
    : ( first=objectItem { items.add(firstItem($first.value, $first.start)); }
        ( ( COMMA NEWLINE* | NEWLINE+ ) objectItem { items.add($objectItem.value); } )*
        ( COMMA NEWLINE* | NEWLINE+ )? )?
      close=C_BRACE { $value = object($open, items, $close); }
    ;

objectItem returns [Expression.ObjectItem value]
    : k=expression ( EQUAL | COLON ) v=expression { $value = objectItem($k.value, $k.start, $v.value); }
    ;

forTuple[Token open] returns [Expression value]
    @init { Expression cond = null; }
    : FOR forIntro v=expression ( IF c=expression { cond = $c.value; } )? close=C_BRACK
      { $value = forExpression($open, $forIntro.key, $forIntro.val, $forIntro.coll, null, $v.value, false, cond, $close); }
    ;

forObject[Token open] returns [Expression value]
    @init { Expression cond = null; boolean group = false; }
    : FOR forIntro k=expression FAT_ARROW v=expression ( ELLIPSIS { group = true; } )?
      ( IF c=expression { cond = $c.value; } )? close=C_BRACE
      { $value = forExpression($open, $forIntro.key, $forIntro.val, $forIntro.coll, $k.value, $v.value, group, cond, $close); }
    ;

forIntro returns [Token key, Token val, Expression coll]
    : a=ident ( COMMA b=ident )? IN expression COLON
      { $key = $b.ctx == null ? null : $a.start; $val = $b.ctx == null ? $a.start : $b.start; $coll = $expression.value; }
    ;

// ------------------------------------------------------------------ templates

quotedTemplate returns [Expression value]
    @init { Template t = null; }
    : open=O_QUOTE { t = template($open, false); } templatePart[t]* close=C_QUOTE { $value = finish(t, $close); }
    ;

heredocTemplate returns [Expression value]
    @init { Template t = null; }
    : open=O_HEREDOC { t = template($open, isFlush($open)); } templatePart[t]* close=C_HEREDOC
      { $value = finish(t, $close); }
    ;

templatePart[Template t]
    : lit=( QUOTED_LIT | STRING_LIT )                          { literal($t, $lit); }
    | open=TEMPLATE_INTERP expression close=TEMPLATE_SEQ_END   { interpolation($t, $open, $expression.value, $close); }
    | open=TEMPLATE_CONTROL ( ifDirective[$t, $open] | forDirective[$t, $open] )
    ;

// the rest of an %{if} directive after its "%{"
ifDirective[Template t, Token open]
    : IF cond=expression close=TEMPLATE_SEQ_END { ifOpened($t, $open, $cond.value, $close); }
      templatePart[$t]*
      ( elseOpen=TEMPLATE_CONTROL ELSE elseClose=TEMPLATE_SEQ_END { directiveEnd($t, $elseOpen, $ELSE, $elseClose); }
        templatePart[$t]* )?
      endOpen=TEMPLATE_CONTROL ENDIF endClose=TEMPLATE_SEQ_END { directiveEnd($t, $endOpen, $ENDIF, $endClose); }
    ;

// the rest of a %{for} directive after its "%{"
forDirective[Template t, Token open]
    : FOR first=ident ( COMMA second=ident )? IN coll=expression close=TEMPLATE_SEQ_END
      { forOpened($t, $open, $first.start, $second.ctx == null ? null : $second.start, $coll.value, $close); }
      templatePart[$t]*
      endOpen=TEMPLATE_CONTROL ENDFOR endClose=TEMPLATE_SEQ_END { directiveEnd($t, $endOpen, $ENDFOR, $endClose); }
    ;
