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
@Override protected int newlineType() { return NEWLINE; }
@Override protected int heredocCloseType() { return C_HEREDOC; }
@Override protected int sequenceEndType() { return TEMPLATE_SEQ_END; }
@Override protected int openBraceType() { return O_BRACE; }
@Override protected int controlType() { return TEMPLATE_CONTROL; }
@Override protected int heredocMode() { return HEREDOC; }
@Override protected int stringMode() { return STRING; }
}

tokens { TEMPLATE_INTERP, TEMPLATE_CONTROL, TEMPLATE_SEQ_END, QUOTED_LIT, STRING_LIT, C_HEREDOC }

// ------------------------------------------------------------------ configuration and expressions

WS            : [ \t]+ -> skip ;
LINE_COMMENT  : ('#' | '//') ~[\n]* '\n'? { lineComment(); } ;
BLOCK_COMMENT : '/*' .*? '*/' { blockComment(); } ;
NEWLINE       : '\r'? '\n' { newline(); } ;

O_HEREDOC     : '<<' '-'? ID_START ID_CONTINUE* '\r'? '\n' { openHeredoc(); } ;

O_BRACE       : '{' { openBrace(); } ;
C_BRACE       : '}' { closeBrace(); } ;
TILDE_C_BRACE : '~}' { closeStrip(); } ;
O_BRACK       : '[' { open(BRACKET); } ;
C_BRACK       : ']' { close(BRACKET); } ;
O_PAREN       : '(' { open(PAREN); } ;
C_PAREN       : ')' { close(PAREN); } ;
O_QUOTE       : '"' { openQuote(); } ;

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
BANG          : '!' { unaryOperator(); } ;
LESS          : '<' ;
GREATER       : '>' ;
PLUS          : '+' ;
MINUS         : '-' { unaryOperator(); } ;
STAR          : '*' ;
SLASH         : '/' ;
PERCENT       : '%' ;
QUESTION      : '?' ;
COLON         : ':' ;
COMMA         : ',' ;
DOT           : '.' ;

// Like hclsyntax's scanner: dots and exponents continue a number only when a digit follows, so
// "1.2.3" is one (invalid) number, as the reference reads it.
NUMBER        : [0-9] ( [0-9] | '.'+ [0-9] | [eE] [+-]? [0-9] )* ;

FOR           : 'for' { keywordFor(); } ;
IN            : 'in' ;
IF            : 'if' { directiveOpen(); } ;
ELSE          : 'else' ;
ENDIF         : 'endif' { directiveClose(); } ;
ENDFOR        : 'endfor' { directiveClose(); } ;
IDENT         : ID_START ID_CONTINUE* ;

fragment ID_START    : [\p{ID_Start}_] ;
fragment ID_CONTINUE : [\p{ID_Continue}-] ;

// ------------------------------------------------------------------ quoted templates

mode STRING;

Q_INTERP  : '${' '~'? { openSequence(); } -> type(TEMPLATE_INTERP) ;
Q_CONTROL : '%{' '~'? { openSequence(); } -> type(TEMPLATE_CONTROL) ;
// escapes and lone sigils are literal text; a backslash escapes any character but a line break
Q_SIGIL   : ( ('$${' | '%%{') '~'? | '$' | '%' ) -> type(QUOTED_LIT) ;
Q_TEXT    : ( ~[$%"\\\r\n] | '\\' ~[\r\n] )+ -> type(QUOTED_LIT) ;
C_QUOTE   : '"' { closeQuote(); } ;

// ------------------------------------------------------------------ heredoc templates

mode HEREDOC;

// HclLexerBase.nextToken recognises the end-marker line before these rules are tried.
H_INTERP  : '${' '~'? { openSequence(); } -> type(TEMPLATE_INTERP) ;
H_CONTROL : '%{' '~'? { openSequence(); } -> type(TEMPLATE_CONTROL) ;
// one literal token per line (the line break included), split at template sequences and escapes
H_SIGIL   : ( ('$${' | '%%{') '~'? | '$' | '%' ) ('\r'? '\n')? { heredocLiteral(); } -> type(STRING_LIT) ;
H_TEXT    : ( ~[$%\r\n]+ ('\r'? '\n')? | '\r'? '\n' ) { heredocLiteral(); } -> type(STRING_LIT) ;
