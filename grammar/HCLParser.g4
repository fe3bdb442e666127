/*
 * Parser of HCL native syntax (hclsyntax v2.23), written from the HCL native syntax specification.
 *
 * This grammar is the executable definition of the syntax templint accepts. It has no error
 * recovery of its own: NativeParser runs it with SLL prediction and a bail-out error strategy, and
 * hands any input it rejects to the hand-written recovery parser, which reports hcl's exact
 * diagnostics. AntlrTreeBuilder turns its parse trees into io.templint.hcl trees.
 *
 * Newlines: the lexer drops NEWLINE tokens where they are insignificant (inside parentheses,
 * brackets, template sequences and 'for' expressions), so every NEWLINE below is significant.
 */
parser grammar HCLParser;

options { tokenVocab = HCLLexer; }

// ------------------------------------------------------------------ structure

configFile  : NEWLINE* ( bodyItem ( NEWLINE+ | EOF ) )* EOF ;

bodyItem    : attribute | block ;

attribute   : ident EQUAL expression ;

block       : ident label* blockBody ;

label       : ident | O_QUOTE QUOTED_LIT* C_QUOTE ;

// "{}", a body of lines, or a one-line block holding a single attribute
blockBody   : O_BRACE C_BRACE
            | O_BRACE NEWLINE+ ( bodyItem NEWLINE+ )* C_BRACE
            | O_BRACE attribute C_BRACE
            ;

// keywords are identifiers wherever a name is expected
ident       : IDENT | FOR | IN | IF | ELSE | ENDIF | ENDFOR ;

// ------------------------------------------------------------------ expressions, loosest first

expression  : binary ( QUESTION expression COLON expression )? ;

// binary operators, tightest first; all associate to the left
binary      : operand
            | binary ( STAR | SLASH | PERCENT ) binary
            | binary ( PLUS | MINUS ) binary
            | binary ( LESS | GREATER | LESS_EQ | GREATER_EQ ) binary
            | binary ( EQUAL_OP | NOT_EQUAL ) binary
            | binary AND binary
            | binary OR binary
            ;

operand     : ( MINUS | BANG ) operand
            | term step*
            ;

// traversal steps, index and splat operators
step        : DOT ident
            | DOT NUMBER
            | DOT STAR
            | O_BRACK STAR C_BRACK
            | O_BRACK expression C_BRACK
            ;

term        : NUMBER
            | call
            | ident
            | O_PAREN expression C_PAREN
            | quotedTemplate
            | heredocTemplate
            | forTuple
            | tuple
            | forObject
            | object
            ;

call        : ident ( DOUBLE_COLON ident )* O_PAREN
              ( expression ( COMMA expression )* ( COMMA | ELLIPSIS )? )? C_PAREN ;

tuple       : O_BRACK ( expression ( COMMA expression )* COMMA? )? C_BRACK ;

object      : O_BRACE NEWLINE*
              ( objectItem ( ( COMMA NEWLINE* | NEWLINE+ ) objectItem )* ( COMMA NEWLINE* | NEWLINE+ )? )?
              C_BRACE ;

objectItem  : expression ( EQUAL | COLON ) expression ;

forTuple    : O_BRACK FOR forIntro expression ( IF expression )? C_BRACK ;

forObject   : O_BRACE NEWLINE* FOR forIntro expression FAT_ARROW expression ELLIPSIS? ( IF expression )? C_BRACE ;

forIntro    : ident ( COMMA ident )? IN expression COLON ;

// ------------------------------------------------------------------ templates

quotedTemplate  : O_QUOTE templatePart* C_QUOTE ;

heredocTemplate : O_HEREDOC templatePart* C_HEREDOC ;

templatePart    : QUOTED_LIT
                | STRING_LIT
                | TEMPLATE_INTERP expression TEMPLATE_SEQ_END
                | ifDirective
                | forDirective
                ;

ifDirective     : TEMPLATE_CONTROL IF expression TEMPLATE_SEQ_END templatePart*
                  ( TEMPLATE_CONTROL ELSE TEMPLATE_SEQ_END templatePart* )?
                  TEMPLATE_CONTROL ENDIF TEMPLATE_SEQ_END ;

forDirective    : TEMPLATE_CONTROL FOR ident ( COMMA ident )? IN expression TEMPLATE_SEQ_END templatePart*
                  TEMPLATE_CONTROL ENDFOR TEMPLATE_SEQ_END ;
