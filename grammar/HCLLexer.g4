/*
 * Lexer of HCL native syntax (hclsyntax v2.23), written from the HCL native syntax specification.
 *
 * Modes: the default mode reads configuration and the inside of template sequences; STRING reads
 * quoted templates, HEREDOC the lines of heredoc templates. What a regular lexer cannot do lives in
 * HclLexerBase: the stack of open brackets and template sequences (so that the brace that closes
 * "${ {a = "}"} }" is found), newline significance (newlines only matter at the top level and
 * directly inside braces), the heredoc end marker, and line comments that stand for newlines.
 * Characters HCL never accepts (bitwise operators, ';', '`', ''', lone '\r') match no rule:
 * the lexer then fails and the recovery parser reports them.
 */
lexer grammar HCLLexer;

options { superClass = HclLexerBase; }

@header {
import io.templint.hcl.parser.HclLexerBase;
}

@members {
private static final int[] ROLES = roles(new int[][] {
    {NEWLINE, ROLE_NEWLINE}, {LINE_COMMENT, ROLE_LINE_COMMENT}, {BLOCK_COMMENT, ROLE_BLOCK_COMMENT},
    {O_HEREDOC, ROLE_OPEN_HEREDOC}, {STRING_LIT, ROLE_HEREDOC_LITERAL},
    {O_BRACE, ROLE_OPEN_BRACE}, {C_BRACE, ROLE_CLOSE_BRACE}, {TILDE_C_BRACE, ROLE_CLOSE_STRIP},
    {O_BRACK, ROLE_OPEN_BRACKET}, {C_BRACK, ROLE_CLOSE_BRACKET}, {O_PAREN, ROLE_OPEN_PAREN},
    {C_PAREN, ROLE_CLOSE_PAREN}, {O_QUOTE, ROLE_OPEN_QUOTE}, {C_QUOTE, ROLE_CLOSE_QUOTE},
    {TEMPLATE_INTERP, ROLE_OPEN_SEQUENCE}, {TEMPLATE_CONTROL, ROLE_OPEN_CONTROL},
    {MINUS, ROLE_UNARY}, {BANG, ROLE_UNARY}, {FOR, ROLE_FOR}, {IF, ROLE_IF}, {ENDIF, ROLE_END_DIRECTIVE},
    {ENDFOR, ROLE_END_DIRECTIVE}});

@Override protected int role(int type) { return type >= 0 && type < ROLES.length ? ROLES[type] : ROLE_NONE; }
@Override protected int newlineType() { return NEWLINE; }
@Override protected int starType() { return STAR; }
@Override protected int identType() { return IDENT; }
@Override protected boolean isName(int t) {
    return t == IDENT || t == FOR || t == IN || t == IF || t == ELSE || t == ENDIF || t == ENDFOR;
}
@Override protected int heredocCloseType() { return C_HEREDOC; }
@Override protected int sequenceEndType() { return TEMPLATE_SEQ_END; }
@Override protected int heredocMode() { return HEREDOC; }
@Override protected int stringMode() { return STRING; }
}

tokens { TEMPLATE_INTERP, TEMPLATE_CONTROL, TEMPLATE_SEQ_END, QUOTED_LIT, STRING_LIT, C_HEREDOC }

// ------------------------------------------------------------------ configuration and expressions

WS            : [ \t]+ -> skip ;
LINE_COMMENT  : ('#' | '//') ~[\n]* '\n'? ;
BLOCK_COMMENT : '/*' .*? '*/' ;
NEWLINE       : '\r'? '\n' ;

O_HEREDOC     : '<<' '-'? ID_START ID_CONTINUE* '\r'? '\n' ;

O_BRACE       : '{' ;
C_BRACE       : '}' ;
TILDE_C_BRACE : '~}' ;
O_BRACK       : '[' ;
C_BRACK       : ']' ;
O_PAREN       : '(' ;
C_PAREN       : ')' ;
O_QUOTE       : '"' ;

EQUAL_OP      : '==' ;
NOT_EQUAL     : '!=' ;
LESS_EQ       : '<=' ;
GREATER_EQ    : '>=' ;
AND           : '&&' ;
OR            : '||' ;
FAT_ARROW     : '=>' ;
DOUBLE_COLON  : '::' ;
ELLIPSIS      : '...' ;
EQUAL         : '=' ;
BANG          : '!' ;
LESS          : '<' ;
GREATER       : '>' ;
PLUS          : '+' ;
MINUS         : '-' ;
STAR          : '*' ;
SLASH         : '/' ;
PERCENT       : '%' ;
QUESTION      : '?' ;
COLON         : ':' ;
COMMA         : ',' ;
DOT           : '.' ;

// Like hclsyntax's scanner: a number runs over digits, dots and exponents and ends at its last
// digit, so dots continue it only when a digit or an exponent follows: "1.2.3" is one (invalid)
// number and "8.e0" one valid number, as the reference reads them.
NUMBER        : [0-9] ( [0-9] | '.'+ ( [0-9] | EXPONENT ) | EXPONENT )* ;

fragment EXPONENT : [eE] [+-]? [0-9] ;

FOR           : 'for' ;
IN            : 'in' ;
IF            : 'if' ;
ELSE          : 'else' ;
ENDIF         : 'endif' ;
ENDFOR        : 'endfor' ;
IDENT         : ID_START ID_CONTINUE* ;

fragment ID_START    : [\p{ID_Start}_] ;
fragment ID_CONTINUE : [\p{ID_Continue}-] ;

// ------------------------------------------------------------------ quoted templates

mode STRING;

Q_INTERP  : '${' '~'? -> type(TEMPLATE_INTERP) ;
Q_CONTROL : '%{' '~'? -> type(TEMPLATE_CONTROL) ;
// escapes and lone sigils are literal text; a backslash escapes any character but a line break
Q_SIGIL   : ( ('$${' | '%%{') '~'? | '$' | '%' ) -> type(QUOTED_LIT) ;
Q_TEXT    : ( ~[$%"\\\r\n] | '\\' ~[\r\n] )+ -> type(QUOTED_LIT) ;
C_QUOTE   : '"' ;

// ------------------------------------------------------------------ heredoc templates

mode HEREDOC;

// HclLexerBase.nextToken recognises the end-marker line before these rules are tried.
H_INTERP  : '${' '~'? -> type(TEMPLATE_INTERP) ;
H_CONTROL : '%{' '~'? -> type(TEMPLATE_CONTROL) ;
// one literal token per line (the line break included), split at template sequences and escapes
H_SIGIL   : ( ('$${' | '%%{') '~'? | '$' | '%' ) ('\r'? '\n')? -> type(STRING_LIT) ;
H_TEXT    : ( ~[$%\r\n]+ ('\r'? '\n')? | '\r'? '\n' ) -> type(STRING_LIT) ;
