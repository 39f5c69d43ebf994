/** Recursive-descent parser producing CPython-3.11-shaped ASTs, with CPython's syntax error messages. */
import * as A from './ast';
import { LexError, Token, normalizeSource, tokenize } from './lexer';
import { PySyntaxError, SyntaxErrorKind } from './sourceError';

const KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del',
  'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
  'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);
/** Keywords that can begin an expression. */
const EXPR_KEYWORDS = new Set(['None', 'True', 'False', 'not', 'lambda', 'await']);
const AUG_OPS: Record<string, A.OperatorName> = {
  '+=': 'Add', '-=': 'Sub', '*=': 'Mult', '@=': 'MatMult', '/=': 'Div', '%=': 'Mod', '**=': 'Pow',
  '<<=': 'LShift', '>>=': 'RShift', '|=': 'BitOr', '^=': 'BitXor', '&=': 'BitAnd', '//=': 'FloorDiv',
};
const CMP_OPS: Record<string, A.CmpOpName> = { '==': 'Eq', '!=': 'NotEq', '<': 'Lt', '<=': 'LtE', '>': 'Gt', '>=': 'GtE' };

const OR_OPS: Record<string, A.OperatorName> = { '|': 'BitOr' };
const XOR_OPS: Record<string, A.OperatorName> = { '^': 'BitXor' };
const AND_OPS: Record<string, A.OperatorName> = { '&': 'BitAnd' };
const SHIFT_OPS: Record<string, A.OperatorName> = { '<<': 'LShift', '>>': 'RShift' };
const SUM_OPS: Record<string, A.OperatorName> = { '+': 'Add', '-': 'Sub' };
const TERM_OPS: Record<string, A.OperatorName> = { '*': 'Mult', '/': 'Div', '//': 'FloorDiv', '%': 'Mod', '@': 'MatMult' };

/** Where a node starts: a Token (or anything with its line and column). */
interface Start {
  lineno: number;
  col: number;
}

type TargetKind = 'star' | 'del' | 'for';

// ---------------------------------------------------------------- number and string literals

function pyFloatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [mant, expStr] = x.toExponential().split('e');
  const exp = Number(expStr);
  const digits = mant.replace('-', '').replace('.', '');
  const sign = x < 0 ? '-' : '';
  if (exp >= -4 && exp < 16) {
    if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
    if (digits.length <= exp + 1) return `${sign}${digits}${'0'.repeat(exp + 1 - digits.length)}.0`;
    return `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
  }
  const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  return `${sign}${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
}

function numberValue(text: string): A.ConstantValue {
  const s = text.replace(/_/g, '');
  const last = s[s.length - 1];
  if (last === 'j' || last === 'J') {
    const r = pyFloatRepr(Number(s.slice(0, -1)));
    return { complex: (r.endsWith('.0') ? r.slice(0, -2) : r) + 'j' };
  }
  if (/^0[xob]/i.test(s) || !/[.eE]/.test(s)) return { int: BigInt(s.replace(/^0+(?=\d)/, '')).toString() };
  return { float: pyFloatRepr(Number(s)) };
}

/** Names for `\N{...}` escapes: a common subset of the Unicode database (others are refused as unsupported). */
const UNICODE_NAMES_DATA = [
  'SPACE:20|EXCLAMATION MARK:21|QUOTATION MARK:22|NUMBER SIGN:23|DOLLAR SIGN:24|PERCENT SIGN:25|AMPERSAND:26',
  'APOSTROPHE:27|LEFT PARENTHESIS:28|RIGHT PARENTHESIS:29|ASTERISK:2a|PLUS SIGN:2b|COMMA:2c|HYPHEN-MINUS:2d',
  'FULL STOP:2e|SOLIDUS:2f|DIGIT ZERO:30|DIGIT ONE:31|DIGIT TWO:32|DIGIT THREE:33|DIGIT FOUR:34|DIGIT FIVE:35',
  'DIGIT SIX:36|DIGIT SEVEN:37|DIGIT EIGHT:38|DIGIT NINE:39|COLON:3a|SEMICOLON:3b|LESS-THAN SIGN:3c',
  'EQUALS SIGN:3d|GREATER-THAN SIGN:3e|QUESTION MARK:3f|COMMERCIAL AT:40|LATIN CAPITAL LETTER A:41',
  'LATIN CAPITAL LETTER B:42|LATIN CAPITAL LETTER C:43|LATIN CAPITAL LETTER D:44|LATIN CAPITAL LETTER E:45',
  'LATIN CAPITAL LETTER F:46|LATIN CAPITAL LETTER G:47|LATIN CAPITAL LETTER H:48|LATIN CAPITAL LETTER I:49',
  'LATIN CAPITAL LETTER J:4a|LATIN CAPITAL LETTER K:4b|LATIN CAPITAL LETTER L:4c|LATIN CAPITAL LETTER M:4d',
  'LATIN CAPITAL LETTER N:4e|LATIN CAPITAL LETTER O:4f|LATIN CAPITAL LETTER P:50|LATIN CAPITAL LETTER Q:51',
  'LATIN CAPITAL LETTER R:52|LATIN CAPITAL LETTER S:53|LATIN CAPITAL LETTER T:54|LATIN CAPITAL LETTER U:55',
  'LATIN CAPITAL LETTER V:56|LATIN CAPITAL LETTER W:57|LATIN CAPITAL LETTER X:58|LATIN CAPITAL LETTER Y:59',
  'LATIN CAPITAL LETTER Z:5a|LEFT SQUARE BRACKET:5b|REVERSE SOLIDUS:5c|RIGHT SQUARE BRACKET:5d',
  'CIRCUMFLEX ACCENT:5e|LOW LINE:5f|GRAVE ACCENT:60|LATIN SMALL LETTER A:61|LATIN SMALL LETTER B:62',
  'LATIN SMALL LETTER C:63|LATIN SMALL LETTER D:64|LATIN SMALL LETTER E:65|LATIN SMALL LETTER F:66',
  'LATIN SMALL LETTER G:67|LATIN SMALL LETTER H:68|LATIN SMALL LETTER I:69|LATIN SMALL LETTER J:6a',
  'LATIN SMALL LETTER K:6b|LATIN SMALL LETTER L:6c|LATIN SMALL LETTER M:6d|LATIN SMALL LETTER N:6e',
  'LATIN SMALL LETTER O:6f|LATIN SMALL LETTER P:70|LATIN SMALL LETTER Q:71|LATIN SMALL LETTER R:72',
  'LATIN SMALL LETTER S:73|LATIN SMALL LETTER T:74|LATIN SMALL LETTER U:75|LATIN SMALL LETTER V:76',
  'LATIN SMALL LETTER W:77|LATIN SMALL LETTER X:78|LATIN SMALL LETTER Y:79|LATIN SMALL LETTER Z:7a',
  'LEFT CURLY BRACKET:7b|VERTICAL LINE:7c|RIGHT CURLY BRACKET:7d|TILDE:7e|NO-BREAK SPACE:a0',
  'INVERTED EXCLAMATION MARK:a1|CENT SIGN:a2|POUND SIGN:a3|CURRENCY SIGN:a4|YEN SIGN:a5|BROKEN BAR:a6',
  'SECTION SIGN:a7|DIAERESIS:a8|COPYRIGHT SIGN:a9|FEMININE ORDINAL INDICATOR:aa',
  'LEFT-POINTING DOUBLE ANGLE QUOTATION MARK:ab|NOT SIGN:ac|SOFT HYPHEN:ad|REGISTERED SIGN:ae|MACRON:af',
  'DEGREE SIGN:b0|PLUS-MINUS SIGN:b1|SUPERSCRIPT TWO:b2|SUPERSCRIPT THREE:b3|ACUTE ACCENT:b4|MICRO SIGN:b5',
  'PILCROW SIGN:b6|MIDDLE DOT:b7|CEDILLA:b8|SUPERSCRIPT ONE:b9|MASCULINE ORDINAL INDICATOR:ba',
  'RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK:bb|VULGAR FRACTION ONE QUARTER:bc|VULGAR FRACTION ONE HALF:bd',
  'VULGAR FRACTION THREE QUARTERS:be|INVERTED QUESTION MARK:bf|LATIN CAPITAL LETTER A WITH GRAVE:c0',
  'LATIN CAPITAL LETTER A WITH ACUTE:c1|LATIN CAPITAL LETTER A WITH CIRCUMFLEX:c2',
  'LATIN CAPITAL LETTER A WITH TILDE:c3|LATIN CAPITAL LETTER A WITH DIAERESIS:c4',
  'LATIN CAPITAL LETTER A WITH RING ABOVE:c5|LATIN CAPITAL LETTER AE:c6|LATIN CAPITAL LETTER C WITH CEDILLA:c7',
  'LATIN CAPITAL LETTER E WITH GRAVE:c8|LATIN CAPITAL LETTER E WITH ACUTE:c9',
  'LATIN CAPITAL LETTER E WITH CIRCUMFLEX:ca|LATIN CAPITAL LETTER E WITH DIAERESIS:cb',
  'LATIN CAPITAL LETTER I WITH GRAVE:cc|LATIN CAPITAL LETTER I WITH ACUTE:cd',
  'LATIN CAPITAL LETTER I WITH CIRCUMFLEX:ce|LATIN CAPITAL LETTER I WITH DIAERESIS:cf',
  'LATIN CAPITAL LETTER ETH:d0|LATIN CAPITAL LETTER N WITH TILDE:d1|LATIN CAPITAL LETTER O WITH GRAVE:d2',
  'LATIN CAPITAL LETTER O WITH ACUTE:d3|LATIN CAPITAL LETTER O WITH CIRCUMFLEX:d4',
  'LATIN CAPITAL LETTER O WITH TILDE:d5|LATIN CAPITAL LETTER O WITH DIAERESIS:d6|MULTIPLICATION SIGN:d7',
  'LATIN CAPITAL LETTER O WITH STROKE:d8|LATIN CAPITAL LETTER U WITH GRAVE:d9',
  'LATIN CAPITAL LETTER U WITH ACUTE:da|LATIN CAPITAL LETTER U WITH CIRCUMFLEX:db',
  'LATIN CAPITAL LETTER U WITH DIAERESIS:dc|LATIN CAPITAL LETTER Y WITH ACUTE:dd|LATIN CAPITAL LETTER THORN:de',
  'LATIN SMALL LETTER SHARP S:df|LATIN SMALL LETTER A WITH GRAVE:e0|LATIN SMALL LETTER A WITH ACUTE:e1',
  'LATIN SMALL LETTER A WITH CIRCUMFLEX:e2|LATIN SMALL LETTER A WITH TILDE:e3',
  'LATIN SMALL LETTER A WITH DIAERESIS:e4|LATIN SMALL LETTER A WITH RING ABOVE:e5|LATIN SMALL LETTER AE:e6',
  'LATIN SMALL LETTER C WITH CEDILLA:e7|LATIN SMALL LETTER E WITH GRAVE:e8|LATIN SMALL LETTER E WITH ACUTE:e9',
  'LATIN SMALL LETTER E WITH CIRCUMFLEX:ea|LATIN SMALL LETTER E WITH DIAERESIS:eb',
  'LATIN SMALL LETTER I WITH GRAVE:ec|LATIN SMALL LETTER I WITH ACUTE:ed',
  'LATIN SMALL LETTER I WITH CIRCUMFLEX:ee|LATIN SMALL LETTER I WITH DIAERESIS:ef|LATIN SMALL LETTER ETH:f0',
  'LATIN SMALL LETTER N WITH TILDE:f1|LATIN SMALL LETTER O WITH GRAVE:f2|LATIN SMALL LETTER O WITH ACUTE:f3',
  'LATIN SMALL LETTER O WITH CIRCUMFLEX:f4|LATIN SMALL LETTER O WITH TILDE:f5',
  'LATIN SMALL LETTER O WITH DIAERESIS:f6|DIVISION SIGN:f7|LATIN SMALL LETTER O WITH STROKE:f8',
  'LATIN SMALL LETTER U WITH GRAVE:f9|LATIN SMALL LETTER U WITH ACUTE:fa',
  'LATIN SMALL LETTER U WITH CIRCUMFLEX:fb|LATIN SMALL LETTER U WITH DIAERESIS:fc',
  'LATIN SMALL LETTER Y WITH ACUTE:fd|LATIN SMALL LETTER THORN:fe|LATIN SMALL LETTER Y WITH DIAERESIS:ff',
  'LATIN CAPITAL LETTER A WITH MACRON:100|LATIN SMALL LETTER A WITH MACRON:101',
  'LATIN CAPITAL LETTER A WITH BREVE:102|LATIN SMALL LETTER A WITH BREVE:103',
  'LATIN CAPITAL LETTER A WITH OGONEK:104|LATIN SMALL LETTER A WITH OGONEK:105',
  'LATIN CAPITAL LETTER C WITH ACUTE:106|LATIN SMALL LETTER C WITH ACUTE:107',
  'LATIN CAPITAL LETTER C WITH CIRCUMFLEX:108|LATIN SMALL LETTER C WITH CIRCUMFLEX:109',
  'LATIN CAPITAL LETTER C WITH DOT ABOVE:10a|LATIN SMALL LETTER C WITH DOT ABOVE:10b',
  'LATIN CAPITAL LETTER C WITH CARON:10c|LATIN SMALL LETTER C WITH CARON:10d',
  'LATIN CAPITAL LETTER D WITH CARON:10e|LATIN SMALL LETTER D WITH CARON:10f',
  'LATIN CAPITAL LETTER D WITH STROKE:110|LATIN SMALL LETTER D WITH STROKE:111',
  'LATIN CAPITAL LETTER E WITH MACRON:112|LATIN SMALL LETTER E WITH MACRON:113',
  'LATIN CAPITAL LETTER E WITH BREVE:114|LATIN SMALL LETTER E WITH BREVE:115',
  'LATIN CAPITAL LETTER E WITH DOT ABOVE:116|LATIN SMALL LETTER E WITH DOT ABOVE:117',
  'LATIN CAPITAL LETTER E WITH OGONEK:118|LATIN SMALL LETTER E WITH OGONEK:119',
  'LATIN CAPITAL LETTER E WITH CARON:11a|LATIN SMALL LETTER E WITH CARON:11b',
  'LATIN CAPITAL LETTER G WITH CIRCUMFLEX:11c|LATIN SMALL LETTER G WITH CIRCUMFLEX:11d',
  'LATIN CAPITAL LETTER G WITH BREVE:11e|LATIN SMALL LETTER G WITH BREVE:11f',
  'LATIN CAPITAL LETTER G WITH DOT ABOVE:120|LATIN SMALL LETTER G WITH DOT ABOVE:121',
  'LATIN CAPITAL LETTER G WITH CEDILLA:122|LATIN SMALL LETTER G WITH CEDILLA:123',
  'LATIN CAPITAL LETTER H WITH CIRCUMFLEX:124|LATIN SMALL LETTER H WITH CIRCUMFLEX:125',
  'LATIN CAPITAL LETTER H WITH STROKE:126|LATIN SMALL LETTER H WITH STROKE:127',
  'LATIN CAPITAL LETTER I WITH TILDE:128|LATIN SMALL LETTER I WITH TILDE:129',
  'LATIN CAPITAL LETTER I WITH MACRON:12a|LATIN SMALL LETTER I WITH MACRON:12b',
  'LATIN CAPITAL LETTER I WITH BREVE:12c|LATIN SMALL LETTER I WITH BREVE:12d',
  'LATIN CAPITAL LETTER I WITH OGONEK:12e|LATIN SMALL LETTER I WITH OGONEK:12f',
  'LATIN CAPITAL LETTER I WITH DOT ABOVE:130|LATIN SMALL LETTER DOTLESS I:131|LATIN CAPITAL LIGATURE IJ:132',
  'LATIN SMALL LIGATURE IJ:133|LATIN CAPITAL LETTER J WITH CIRCUMFLEX:134',
  'LATIN SMALL LETTER J WITH CIRCUMFLEX:135|LATIN CAPITAL LETTER K WITH CEDILLA:136',
  'LATIN SMALL LETTER K WITH CEDILLA:137|LATIN SMALL LETTER KRA:138|LATIN CAPITAL LETTER L WITH ACUTE:139',
  'LATIN SMALL LETTER L WITH ACUTE:13a|LATIN CAPITAL LETTER L WITH CEDILLA:13b',
  'LATIN SMALL LETTER L WITH CEDILLA:13c|LATIN CAPITAL LETTER L WITH CARON:13d',
  'LATIN SMALL LETTER L WITH CARON:13e|LATIN CAPITAL LETTER L WITH MIDDLE DOT:13f',
  'LATIN SMALL LETTER L WITH MIDDLE DOT:140|LATIN CAPITAL LETTER L WITH STROKE:141',
  'LATIN SMALL LETTER L WITH STROKE:142|LATIN CAPITAL LETTER N WITH ACUTE:143',
  'LATIN SMALL LETTER N WITH ACUTE:144|LATIN CAPITAL LETTER N WITH CEDILLA:145',
  'LATIN SMALL LETTER N WITH CEDILLA:146|LATIN CAPITAL LETTER N WITH CARON:147',
  'LATIN SMALL LETTER N WITH CARON:148|LATIN SMALL LETTER N PRECEDED BY APOSTROPHE:149',
  'LATIN CAPITAL LETTER ENG:14a|LATIN SMALL LETTER ENG:14b|LATIN CAPITAL LETTER O WITH MACRON:14c',
  'LATIN SMALL LETTER O WITH MACRON:14d|LATIN CAPITAL LETTER O WITH BREVE:14e',
  'LATIN SMALL LETTER O WITH BREVE:14f|LATIN CAPITAL LETTER O WITH DOUBLE ACUTE:150',
  'LATIN SMALL LETTER O WITH DOUBLE ACUTE:151|LATIN CAPITAL LIGATURE OE:152|LATIN SMALL LIGATURE OE:153',
  'LATIN CAPITAL LETTER R WITH ACUTE:154|LATIN SMALL LETTER R WITH ACUTE:155',
  'LATIN CAPITAL LETTER R WITH CEDILLA:156|LATIN SMALL LETTER R WITH CEDILLA:157',
  'LATIN CAPITAL LETTER R WITH CARON:158|LATIN SMALL LETTER R WITH CARON:159',
  'LATIN CAPITAL LETTER S WITH ACUTE:15a|LATIN SMALL LETTER S WITH ACUTE:15b',
  'LATIN CAPITAL LETTER S WITH CIRCUMFLEX:15c|LATIN SMALL LETTER S WITH CIRCUMFLEX:15d',
  'LATIN CAPITAL LETTER S WITH CEDILLA:15e|LATIN SMALL LETTER S WITH CEDILLA:15f',
  'LATIN CAPITAL LETTER S WITH CARON:160|LATIN SMALL LETTER S WITH CARON:161',
  'LATIN CAPITAL LETTER T WITH CEDILLA:162|LATIN SMALL LETTER T WITH CEDILLA:163',
  'LATIN CAPITAL LETTER T WITH CARON:164|LATIN SMALL LETTER T WITH CARON:165',
  'LATIN CAPITAL LETTER T WITH STROKE:166|LATIN SMALL LETTER T WITH STROKE:167',
  'LATIN CAPITAL LETTER U WITH TILDE:168|LATIN SMALL LETTER U WITH TILDE:169',
  'LATIN CAPITAL LETTER U WITH MACRON:16a|LATIN SMALL LETTER U WITH MACRON:16b',
  'LATIN CAPITAL LETTER U WITH BREVE:16c|LATIN SMALL LETTER U WITH BREVE:16d',
  'LATIN CAPITAL LETTER U WITH RING ABOVE:16e|LATIN SMALL LETTER U WITH RING ABOVE:16f',
  'LATIN CAPITAL LETTER U WITH DOUBLE ACUTE:170|LATIN SMALL LETTER U WITH DOUBLE ACUTE:171',
  'LATIN CAPITAL LETTER U WITH OGONEK:172|LATIN SMALL LETTER U WITH OGONEK:173',
  'LATIN CAPITAL LETTER W WITH CIRCUMFLEX:174|LATIN SMALL LETTER W WITH CIRCUMFLEX:175',
  'LATIN CAPITAL LETTER Y WITH CIRCUMFLEX:176|LATIN SMALL LETTER Y WITH CIRCUMFLEX:177',
  'LATIN CAPITAL LETTER Y WITH DIAERESIS:178|LATIN CAPITAL LETTER Z WITH ACUTE:179',
  'LATIN SMALL LETTER Z WITH ACUTE:17a|LATIN CAPITAL LETTER Z WITH DOT ABOVE:17b',
  'LATIN SMALL LETTER Z WITH DOT ABOVE:17c|LATIN CAPITAL LETTER Z WITH CARON:17d',
  'LATIN SMALL LETTER Z WITH CARON:17e|LATIN SMALL LETTER LONG S:17f|GREEK CAPITAL LETTER HETA:370',
  'GREEK SMALL LETTER HETA:371|GREEK CAPITAL LETTER ARCHAIC SAMPI:372|GREEK SMALL LETTER ARCHAIC SAMPI:373',
  'GREEK NUMERAL SIGN:374|GREEK LOWER NUMERAL SIGN:375|GREEK CAPITAL LETTER PAMPHYLIAN DIGAMMA:376',
  'GREEK SMALL LETTER PAMPHYLIAN DIGAMMA:377|GREEK YPOGEGRAMMENI:37a',
  'GREEK SMALL REVERSED LUNATE SIGMA SYMBOL:37b|GREEK SMALL DOTTED LUNATE SIGMA SYMBOL:37c',
  'GREEK SMALL REVERSED DOTTED LUNATE SIGMA SYMBOL:37d|GREEK QUESTION MARK:37e|GREEK CAPITAL LETTER YOT:37f',
  'GREEK TONOS:384|GREEK DIALYTIKA TONOS:385|GREEK CAPITAL LETTER ALPHA WITH TONOS:386|GREEK ANO TELEIA:387',
  'GREEK CAPITAL LETTER EPSILON WITH TONOS:388|GREEK CAPITAL LETTER ETA WITH TONOS:389',
  'GREEK CAPITAL LETTER IOTA WITH TONOS:38a|GREEK CAPITAL LETTER OMICRON WITH TONOS:38c',
  'GREEK CAPITAL LETTER UPSILON WITH TONOS:38e|GREEK CAPITAL LETTER OMEGA WITH TONOS:38f',
  'GREEK SMALL LETTER IOTA WITH DIALYTIKA AND TONOS:390|GREEK CAPITAL LETTER ALPHA:391',
  'GREEK CAPITAL LETTER BETA:392|GREEK CAPITAL LETTER GAMMA:393|GREEK CAPITAL LETTER DELTA:394',
  'GREEK CAPITAL LETTER EPSILON:395|GREEK CAPITAL LETTER ZETA:396|GREEK CAPITAL LETTER ETA:397',
  'GREEK CAPITAL LETTER THETA:398|GREEK CAPITAL LETTER IOTA:399|GREEK CAPITAL LETTER KAPPA:39a',
  'GREEK CAPITAL LETTER LAMDA:39b|GREEK CAPITAL LETTER MU:39c|GREEK CAPITAL LETTER NU:39d',
  'GREEK CAPITAL LETTER XI:39e|GREEK CAPITAL LETTER OMICRON:39f|GREEK CAPITAL LETTER PI:3a0',
  'GREEK CAPITAL LETTER RHO:3a1|GREEK CAPITAL LETTER SIGMA:3a3|GREEK CAPITAL LETTER TAU:3a4',
  'GREEK CAPITAL LETTER UPSILON:3a5|GREEK CAPITAL LETTER PHI:3a6|GREEK CAPITAL LETTER CHI:3a7',
  'GREEK CAPITAL LETTER PSI:3a8|GREEK CAPITAL LETTER OMEGA:3a9|GREEK CAPITAL LETTER IOTA WITH DIALYTIKA:3aa',
  'GREEK CAPITAL LETTER UPSILON WITH DIALYTIKA:3ab|GREEK SMALL LETTER ALPHA WITH TONOS:3ac',
  'GREEK SMALL LETTER EPSILON WITH TONOS:3ad|GREEK SMALL LETTER ETA WITH TONOS:3ae',
  'GREEK SMALL LETTER IOTA WITH TONOS:3af|GREEK SMALL LETTER UPSILON WITH DIALYTIKA AND TONOS:3b0',
  'GREEK SMALL LETTER ALPHA:3b1|GREEK SMALL LETTER BETA:3b2|GREEK SMALL LETTER GAMMA:3b3',
  'GREEK SMALL LETTER DELTA:3b4|GREEK SMALL LETTER EPSILON:3b5|GREEK SMALL LETTER ZETA:3b6',
  'GREEK SMALL LETTER ETA:3b7|GREEK SMALL LETTER THETA:3b8|GREEK SMALL LETTER IOTA:3b9',
  'GREEK SMALL LETTER KAPPA:3ba|GREEK SMALL LETTER LAMDA:3bb|GREEK SMALL LETTER MU:3bc',
  'GREEK SMALL LETTER NU:3bd|GREEK SMALL LETTER XI:3be|GREEK SMALL LETTER OMICRON:3bf|GREEK SMALL LETTER PI:3c0',
  'GREEK SMALL LETTER RHO:3c1|GREEK SMALL LETTER FINAL SIGMA:3c2|GREEK SMALL LETTER SIGMA:3c3',
  'GREEK SMALL LETTER TAU:3c4|GREEK SMALL LETTER UPSILON:3c5|GREEK SMALL LETTER PHI:3c6',
  'GREEK SMALL LETTER CHI:3c7|GREEK SMALL LETTER PSI:3c8|GREEK SMALL LETTER OMEGA:3c9',
  'GREEK SMALL LETTER IOTA WITH DIALYTIKA:3ca|GREEK SMALL LETTER UPSILON WITH DIALYTIKA:3cb',
  'GREEK SMALL LETTER OMICRON WITH TONOS:3cc|GREEK SMALL LETTER UPSILON WITH TONOS:3cd',
  'GREEK SMALL LETTER OMEGA WITH TONOS:3ce|GREEK CAPITAL KAI SYMBOL:3cf|GREEK BETA SYMBOL:3d0',
  'GREEK THETA SYMBOL:3d1|GREEK UPSILON WITH HOOK SYMBOL:3d2|GREEK UPSILON WITH ACUTE AND HOOK SYMBOL:3d3',
  'GREEK UPSILON WITH DIAERESIS AND HOOK SYMBOL:3d4|GREEK PHI SYMBOL:3d5|GREEK PI SYMBOL:3d6',
  'GREEK KAI SYMBOL:3d7|GREEK LETTER ARCHAIC KOPPA:3d8|GREEK SMALL LETTER ARCHAIC KOPPA:3d9',
  'GREEK LETTER STIGMA:3da|GREEK SMALL LETTER STIGMA:3db|GREEK LETTER DIGAMMA:3dc',
  'GREEK SMALL LETTER DIGAMMA:3dd|GREEK LETTER KOPPA:3de|GREEK SMALL LETTER KOPPA:3df|GREEK LETTER SAMPI:3e0',
  'GREEK SMALL LETTER SAMPI:3e1|COPTIC CAPITAL LETTER SHEI:3e2|COPTIC SMALL LETTER SHEI:3e3',
  'COPTIC CAPITAL LETTER FEI:3e4|COPTIC SMALL LETTER FEI:3e5|COPTIC CAPITAL LETTER KHEI:3e6',
  'COPTIC SMALL LETTER KHEI:3e7|COPTIC CAPITAL LETTER HORI:3e8|COPTIC SMALL LETTER HORI:3e9',
  'COPTIC CAPITAL LETTER GANGIA:3ea|COPTIC SMALL LETTER GANGIA:3eb|COPTIC CAPITAL LETTER SHIMA:3ec',
  'COPTIC SMALL LETTER SHIMA:3ed|COPTIC CAPITAL LETTER DEI:3ee|COPTIC SMALL LETTER DEI:3ef',
  'GREEK KAPPA SYMBOL:3f0|GREEK RHO SYMBOL:3f1|GREEK LUNATE SIGMA SYMBOL:3f2|GREEK LETTER YOT:3f3',
  'GREEK CAPITAL THETA SYMBOL:3f4|GREEK LUNATE EPSILON SYMBOL:3f5|GREEK REVERSED LUNATE EPSILON SYMBOL:3f6',
  'GREEK CAPITAL LETTER SHO:3f7|GREEK SMALL LETTER SHO:3f8|GREEK CAPITAL LUNATE SIGMA SYMBOL:3f9',
  'GREEK CAPITAL LETTER SAN:3fa|GREEK SMALL LETTER SAN:3fb|GREEK RHO WITH STROKE SYMBOL:3fc',
  'GREEK CAPITAL REVERSED LUNATE SIGMA SYMBOL:3fd|GREEK CAPITAL DOTTED LUNATE SIGMA SYMBOL:3fe',
  'GREEK CAPITAL REVERSED DOTTED LUNATE SIGMA SYMBOL:3ff|HYPHEN:2010|NON-BREAKING HYPHEN:2011|FIGURE DASH:2012',
  'EN DASH:2013|EM DASH:2014|HORIZONTAL BAR:2015|DOUBLE VERTICAL LINE:2016|DOUBLE LOW LINE:2017',
  'LEFT SINGLE QUOTATION MARK:2018|RIGHT SINGLE QUOTATION MARK:2019|SINGLE LOW-9 QUOTATION MARK:201a',
  'SINGLE HIGH-REVERSED-9 QUOTATION MARK:201b|LEFT DOUBLE QUOTATION MARK:201c|RIGHT DOUBLE QUOTATION MARK:201d',
  'DOUBLE LOW-9 QUOTATION MARK:201e|DOUBLE HIGH-REVERSED-9 QUOTATION MARK:201f|DAGGER:2020|DOUBLE DAGGER:2021',
  'BULLET:2022|TRIANGULAR BULLET:2023|ONE DOT LEADER:2024|TWO DOT LEADER:2025|HORIZONTAL ELLIPSIS:2026',
  'HYPHENATION POINT:2027|PER MILLE SIGN:2030|PER TEN THOUSAND SIGN:2031|PRIME:2032|DOUBLE PRIME:2033',
  'TRIPLE PRIME:2034|REVERSED PRIME:2035|REVERSED DOUBLE PRIME:2036|REVERSED TRIPLE PRIME:2037|CARET:2038',
  'SINGLE LEFT-POINTING ANGLE QUOTATION MARK:2039|SINGLE RIGHT-POINTING ANGLE QUOTATION MARK:203a',
  'EURO SIGN:20ac|LEFTWARDS ARROW:2190|UPWARDS ARROW:2191|RIGHTWARDS ARROW:2192|DOWNWARDS ARROW:2193',
  'LEFT RIGHT ARROW:2194|TRADE MARK SIGN:2122|INFINITY:221e|CHECK MARK:2713|HEAVY CHECK MARK:2714',
  'MULTIPLICATION X:2715|HEAVY MULTIPLICATION X:2716|BALLOT X:2717|BLACK STAR:2605|WHITE STAR:2606',
  'HEAVY BLACK HEART:2764|GRINNING FACE:1f600|GRINNING FACE WITH SMILING EYES:1f601',
  'FACE WITH TEARS OF JOY:1f602|SMILING FACE WITH OPEN MOUTH:1f603',
  'SMILING FACE WITH OPEN MOUTH AND SMILING EYES:1f604|SMILING FACE WITH OPEN MOUTH AND COLD SWEAT:1f605',
  'SMILING FACE WITH OPEN MOUTH AND TIGHTLY-CLOSED EYES:1f606|SMILING FACE WITH HALO:1f607',
  'SMILING FACE WITH HORNS:1f608|WINKING FACE:1f609|SMILING FACE WITH SMILING EYES:1f60a',
].join('|');
let unicodeNames: Map<string, number> | null = null;
function lookupUnicodeName(name: string): number | undefined {
  if (!unicodeNames) {
    unicodeNames = new Map();
    for (const item of UNICODE_NAMES_DATA.split('|')) {
      const k = item.lastIndexOf(':');
      unicodeNames.set(item.slice(0, k), parseInt(item.slice(k + 1), 16));
    }
  }
  return unicodeNames.get(name.toUpperCase());
}

class StringError extends Error {}

/** Decodes backslash escapes of a (non-raw) str or bytes literal body. */
function decodeEscapes(body: string, isBytes: boolean): string {
  if (body.indexOf('\\') < 0) return body;
  let out = '';
  const n = body.length;
  for (let i = 0; i < n; i++) {
    const c = body[i];
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = body[++i];
    switch (e) {
      case '\n': break;
      case '\\': case "'": case '"': out += e; break;
      case 'a': out += '\x07'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'v': out += '\v'; break;
      case 'x': case 'u': case 'U': {
        if ((e === 'u' || e === 'U') && isBytes) {
          out += '\\' + e;
          break;
        }
        const len = e === 'x' ? 2 : e === 'u' ? 4 : 8;
        const hex = body.substr(i + 1, len);
        if (hex.length < len || !/^[0-9a-fA-F]+$/.test(hex)) {
          throw new StringError(
            isBytes
              ? `(value error) invalid \\x escape at position ${out.length}`
              : `(unicode error) 'unicodeescape' codec can't decode bytes in position ${out.length}-${out.length + 1 + hex.replace(/[^0-9a-fA-F].*$/, '').length}: truncated \\${e === 'x' ? 'xXX' : e === 'u' ? 'uXXXX' : 'UXXXXXXXX'} escape`,
          );
        }
        const cp = parseInt(hex, 16);
        if (cp > 0x10ffff) {
          throw new StringError(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${out.length}-${out.length + 9}: illegal Unicode character`);
        }
        out += String.fromCodePoint(cp);
        i += len;
        break;
      }
      case 'N':
        if (isBytes) {
          out += '\\N';
          break;
        }
        {
          const close = body.indexOf('}', i);
          const cp = body[i + 1] === '{' && close > 0 ? lookupUnicodeName(body.slice(i + 2, close)) : undefined;
          if (cp === undefined) throw new StringError('\\N{...} escapes');
          out += String.fromCodePoint(cp);
          i = close;
        }
        break;
      default:
        if (e >= '0' && e <= '7') {
          let v = 0;
          let k = 0;
          while (k < 3 && body[i + k] >= '0' && body[i + k] <= '7') v = v * 8 + (body.charCodeAt(i + k++) - 48);
          i += k - 1;
          out += String.fromCharCode(isBytes ? v & 0xff : v);
        } else if (e === undefined) {
          out += '\\';
        } else {
          out += '\\' + e;
        }
    }
  }
  return out;
}

interface StrTok {
  tok: Token;
  prefix: string;
  body: string;
}

function splitString(tok: Token): StrTok {
  const v = tok.value;
  let i = 0;
  while (v[i] !== '"' && v[i] !== "'") i++;
  const q = v[i];
  const triple = v[i + 1] === q && v[i + 2] === q && v.length - i >= 6;
  const ql = triple ? 3 : 1;
  return { tok, prefix: v.slice(0, i).toLowerCase(), body: v.slice(i + ql, v.length - ql) };
}

// ---------------------------------------------------------------- parser

class Parser {
  private p = 0;
  private readonly toks: Token[];

  constructor(
    toks: Token[],
    private readonly lexErr: LexError | null,
    private readonly lines: string[],
    private readonly filename: string,
    private readonly inFString = false,
  ) {
    this.toks = toks;
  }

  // ---- token helpers

  /** Furthest token index examined (CPython's last filled token). */
  maxPeek = 0;

  private tok(k = 0): Token {
    const i = Math.min(this.p + k, this.toks.length - 1);
    if (i > this.maxPeek) this.maxPeek = i;
    const t = this.toks[i];
    if (t.type === 'ERROR' && this.lexErr) throw this.lexErr.error;
    return t;
  }
  private next(): Token {
    const t = this.tok();
    this.p++;
    return t;
  }
  private isOp(s: string, k = 0): boolean {
    const t = this.tok(k);
    return t.type === 'OP' && t.value === s;
  }
  private isKw(s: string, k = 0): boolean {
    const t = this.tok(k);
    return t.type === 'NAME' && t.value === s;
  }
  private isName(k = 0): boolean {
    const t = this.tok(k);
    return t.type === 'NAME' && !KEYWORDS.has(t.value);
  }
  private get prev(): Token {
    return this.toks[this.p - 1];
  }
  private start(): Start {
    return this.tok();
  }
  private loc(s: Start): A.Pos {
    const e = this.prev;
    return { lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
  }
  /** Position ending at the last consumed token that is not NEWLINE/INDENT/DEDENT (CPython's EXTRA). */
  private locReal(s: Start): A.Pos {
    let i = this.p - 1;
    while (i > 0 && (this.toks[i].type === 'NEWLINE' || this.toks[i].type === 'INDENT' || this.toks[i].type === 'DEDENT')) i--;
    const e = this.toks[i];
    return { lineno: s.lineno, col_offset: s.col, end_lineno: e.endLineno, end_col_offset: e.endCol };
  }
  private static span(s: Start, e: A.Pos): A.Pos {
    return { lineno: s.lineno, col_offset: s.col, end_lineno: e.end_lineno, end_col_offset: e.end_col_offset };
  }

  // ---- errors

  private error(msg: string, lineno: number, offset: number, endLineno?: number, endOffset?: number, kind: SyntaxErrorKind = 'SyntaxError'): PySyntaxError {
    const m = this.inFString && kind !== 'unsupported' ? `f-string: ${msg}` : msg;
    return new PySyntaxError(kind, m, this.filename, lineno, offset, this.lines[lineno - 1] ?? '', endLineno, endOffset);
  }
  private errorAtTok(msg: string, t: Token, kind: SyntaxErrorKind = 'SyntaxError'): PySyntaxError {
    return this.error(msg, t.lineno, t.col + 1, t.endLineno, t.endCol + 1, kind);
  }
  private errorAtNode(msg: string, n: A.Pos, end: A.Pos = n): PySyntaxError {
    return this.error(msg, n.lineno, n.col_offset + 1, end.end_lineno, end.end_col_offset + 1);
  }
  /** A failed lookahead the parser may back out of; tokenizer errors are raised at once, as in CPython. */
  private backtrackable(e: unknown): boolean {
    return e instanceof PySyntaxError && e !== this.lexErr?.error;
  }
  /** Generic error at the current token (CPython's "invalid syntax" and its indentation variants). */
  private fail(t: Token = this.tok()): PySyntaxError {
    if (t.type === 'INDENT') return this.error('unexpected indent', t.lineno, t.endCol, t.lineno, -1, 'IndentationError');
    if (t.type === 'DEDENT') return this.error('unexpected unindent', t.lineno, t.col < 0 ? 0 : t.col + 1, t.lineno, -1, 'IndentationError');
    return this.errorAtTok('invalid syntax', t);
  }
  private expectOp(s: string): Token {
    if (!this.isOp(s)) throw this.fail();
    return this.next();
  }
  private expectKw(s: string): Token {
    if (!this.isKw(s)) throw this.fail();
    return this.next();
  }
  private expectColon(forced: boolean): void {
    if (this.isOp(':')) {
      this.next();
      return;
    }
    const t = this.tok();
    if (forced || t.type === 'NEWLINE') throw this.errorAtTok("expected ':'", t);
    throw this.fail();
  }
  private name(): string {
    if (!this.isName()) throw this.fail();
    return this.next().value;
  }

  // ---- module and statements

  parseModule(): A.Module {
    const body: A.Stmt[] = [];
    while (this.tok().type !== 'ENDMARKER') {
      if (this.tok().type === 'NEWLINE') {
        this.next();
        continue;
      }
      this.statement(body);
    }
    return { _type: 'Module', body, type_ignores: [] };
  }

  private statement(out: A.Stmt[]): void {
    const t = this.tok();
    if (t.type === 'NAME') {
      switch (t.value) {
        case 'def': out.push(this.funcDef([], null)); return;
        case 'class': out.push(this.classDef([])); return;
        case 'if': out.push(this.ifStmt()); return;
        case 'while': out.push(this.whileStmt()); return;
        case 'for': out.push(this.forStmt(null)); return;
        case 'with': out.push(this.withStmt(null)); return;
        case 'try': out.push(this.tryStmt()); return;
        case 'async': {
          const a = this.tok(1);
          if (a.type === 'NAME' && (a.value === 'def' || a.value === 'for' || a.value === 'with')) {
            this.next();
            if (a.value === 'def') out.push(this.funcDef([], t));
            else if (a.value === 'for') out.push(this.forStmt(t));
            else out.push(this.withStmt(t));
            return;
          }
          throw this.fail(a);
        }
        case 'match':
          if (this.matchStmt(out)) return;
          break;
      }
    } else if (t.type === 'OP' && t.value === '@') {
      out.push(this.decorated());
      return;
    }
    this.simpleStmts(out);
  }

  /** `match` is a soft keyword: a match statement when `match SUBJECT:` ends its line, else a
   * simple statement (`match = 1`, `match(x)`); `match SUBJECT` alone is CPython's "expected ':'". */
  private matchStmt(out: A.Stmt[]): boolean {
    const save = this.p;
    const kw = this.next();
    let subject: A.Expr | null = null;
    let noColon: Token | null = null;
    try {
      if (!this.isOp('=') && !this.isOp(':') && this.canStartExpr()) {
        subject = this.starNamedExpressions();
        if (this.tok().type === 'NEWLINE') noColon = this.tok();
        if (!this.isOp(':') || this.tok(1).type !== 'NEWLINE') subject = null;
      }
    } catch (e) {
      if (!this.backtrackable(e)) throw e;
      subject = null;
    }
    if (!subject) {
      this.p = save;
      if (!noColon) return false;
      try {
        this.simpleStmts(out);
      } catch (e) {
        if (!this.backtrackable(e)) throw e;
        throw this.errorAtTok("expected ':'", noColon);
      }
      return true;
    }
    // A lone starred subject (`match *a:`) is no subject_expr: CPython fails at the colon.
    if (subject._type === 'Starred') throw this.fail();
    this.next();
    this.next();
    const t = this.tok();
    if (t.type !== 'INDENT') {
      throw this.error(`expected an indented block after 'match' statement on line ${kw.lineno}`, t.lineno, t.col < 0 ? 0 : t.col + 1, t.lineno, -1, 'IndentationError');
    }
    this.next();
    const cases: A.MatchCase[] = [];
    while (this.tok().type !== 'DEDENT' && this.tok().type !== 'ENDMARKER') {
      if (!this.isKw('case')) throw this.fail();
      cases.push(this.caseBlock());
    }
    this.next();
    out.push({ _type: 'Match', subject, cases, ...this.locReal(kw) });
    return true;
  }

  private caseBlock(): A.MatchCase {
    const kw = this.next();
    const pattern = this.patterns();
    let guard: A.Expr | null = null;
    if (this.isKw('if')) {
      this.next();
      guard = this.namedExpression();
    }
    this.expectColon(false);
    const body = this.block(kw, "'case' statement");
    return { _type: 'match_case', pattern, guard, body };
  }

  // ---- patterns (PEP 634)

  /** The pattern after `case`: a pattern, or an open sequence (`case a, *b:`). */
  private patterns(): A.Pattern {
    const s = this.start();
    const first = this.maybeStarPattern();
    if (!this.isOp(',')) {
      if (first._type === 'MatchStar') throw this.fail();
      return first;
    }
    const patterns = [first];
    while (this.isOp(',')) {
      this.next();
      if (this.isOp(':') || this.isKw('if')) break;
      patterns.push(this.maybeStarPattern());
    }
    return { _type: 'MatchSequence', patterns, ...this.loc(s) };
  }

  private maybeStarPattern(): A.Pattern {
    if (!this.isOp('*')) return this.pattern();
    const s = this.start();
    this.next();
    const t = this.tok();
    if (t.type !== 'NAME' || KEYWORDS.has(t.value)) throw this.fail();
    this.next();
    if (t.value !== '_' && (this.isOp('.') || this.isOp('(') || this.isOp('='))) throw this.fail();
    return { _type: 'MatchStar', name: t.value === '_' ? null : t.value.normalize('NFKC'), ...this.loc(s) };
  }

  /** as_pattern | or_pattern */
  private pattern(): A.Pattern {
    const s = this.start();
    const p = this.orPattern();
    if (!this.isKw('as')) return p;
    this.next();
    const t = this.tok();
    if (t.type === 'NAME' && t.value === '_') throw this.errorAtTok("cannot use '_' as a target", t);
    if (!this.isName()) {
      let target: A.Expr | null = null;
      try {
        if (this.canStartExpr()) target = this.expression();
      } catch (e) {
        if (!this.backtrackable(e)) throw e;
      }
      if (target) throw this.errorAtNode('invalid pattern target', target);
      throw this.fail(t);
    }
    const name = this.captureTarget();
    return { _type: 'MatchAs', pattern: p, name, ...this.loc(s) };
  }

  /** pattern_capture_target: a name other than `_`, not followed by `.`, `(` or `=`. */
  private captureTarget(): string {
    const t = this.next();
    if (this.isOp('.') || this.isOp('(') || this.isOp('=')) throw this.fail();
    return t.value.normalize('NFKC');
  }

  private orPattern(): A.Pattern {
    const s = this.start();
    const first = this.closedPattern();
    if (!this.isOp('|')) return first;
    const patterns = [first];
    while (this.isOp('|')) {
      this.next();
      patterns.push(this.closedPattern());
    }
    return { _type: 'MatchOr', patterns, ...this.loc(s) };
  }

  private closedPattern(): A.Pattern {
    const t = this.tok();
    const s = this.start();
    if (t.type === 'NUMBER' || t.type === 'STRING' || (t.type === 'OP' && t.value === '-') || (t.type === 'NAME' && (t.value === 'None' || t.value === 'True' || t.value === 'False'))) {
      const value = this.literalExpr();
      if (value._type === 'Constant' && (value.value === null || typeof value.value === 'boolean')) {
        return { _type: 'MatchSingleton', value: value.value, ...this.loc(s) };
      }
      return { _type: 'MatchValue', value, ...this.loc(s) };
    }
    if (t.type === 'NAME' && !KEYWORDS.has(t.value)) {
      if (t.value === '_') {
        this.next();
        return { _type: 'MatchAs', pattern: null, name: null, ...this.loc(s) };
      }
      if (!this.isOp('.', 1) && !this.isOp('(', 1)) return { _type: 'MatchAs', pattern: null, name: this.captureTarget(), ...this.loc(s) };
      const cls = this.nameOrAttr();
      if (this.isOp('(')) return this.classPattern(s, cls);
      if (this.isOp('=')) throw this.fail();
      return { _type: 'MatchValue', value: cls, ...this.loc(s) };
    }
    if (t.type === 'OP') {
      if (t.value === '(') {
        this.next();
        if (this.isOp(')')) {
          this.next();
          return { _type: 'MatchSequence', patterns: [], ...this.loc(s) };
        }
        const first = this.maybeStarPattern();
        if (this.isOp(')') && first._type !== 'MatchStar') {
          this.next();
          return first;
        }
        const patterns = [first];
        this.expectOp(',');
        while (!this.isOp(')')) {
          patterns.push(this.maybeStarPattern());
          if (!this.isOp(',')) break;
          this.next();
        }
        this.expectOp(')');
        return { _type: 'MatchSequence', patterns, ...this.loc(s) };
      }
      if (t.value === '[') {
        this.next();
        const patterns: A.Pattern[] = [];
        while (!this.isOp(']')) {
          patterns.push(this.maybeStarPattern());
          if (!this.isOp(',')) break;
          this.next();
        }
        this.expectOp(']');
        return { _type: 'MatchSequence', patterns, ...this.loc(s) };
      }
      if (t.value === '{') return this.mappingPattern();
    }
    throw this.fail();
  }

  /** literal_expr: a signed number, a complex literal (`1+2j`), strings, None, True or False. */
  private literalExpr(): A.Expr {
    const t = this.tok();
    const s = this.start();
    if (t.type === 'STRING') return this.strings();
    if (t.type === 'NAME') {
      this.next();
      return { _type: 'Constant', value: t.value === 'None' ? null : t.value === 'True', kind: null, ...this.loc(s) };
    }
    const left = this.signedNumber();
    if (!this.isOp('+') && !this.isOp('-')) return left;
    const num = left._type === 'UnaryOp' ? left.operand : left;
    if (num._type === 'Constant' && typeof num.value === 'object' && num.value !== null && 'complex' in num.value) {
      throw this.errorAtNode('real number required in complex literal', num);
    }
    const op = this.next().value === '+' ? 'Add' : 'Sub';
    const it = this.tok();
    if (it.type !== 'NUMBER') throw this.fail();
    this.next();
    const right: A.Constant = { _type: 'Constant', value: numberValue(it.value), kind: null, ...this.loc(it) };
    if (!(typeof right.value === 'object' && right.value !== null && 'complex' in right.value)) {
      throw this.errorAtNode('imaginary number required in complex literal', right);
    }
    return { _type: 'BinOp', left, op: { _type: op }, right, ...this.loc(s) };
  }

  private signedNumber(): A.Expr {
    const s = this.start();
    const neg = this.isOp('-');
    if (neg) this.next();
    const t = this.tok();
    if (t.type !== 'NUMBER') throw this.fail();
    this.next();
    const c: A.Constant = { _type: 'Constant', value: numberValue(t.value), kind: null, ...this.loc(t) };
    return neg ? { _type: 'UnaryOp', op: { _type: 'USub' }, operand: c, ...this.loc(s) } : c;
  }

  /** name_or_attr: NAME ('.' NAME)* */
  private nameOrAttr(): A.Expr {
    const s = this.start();
    let e: A.Expr = { _type: 'Name', id: this.name().normalize('NFKC'), ctx: { _type: 'Load' }, ...this.loc(s) };
    while (this.isOp('.')) {
      this.next();
      const attr = this.name();
      e = { _type: 'Attribute', value: e, attr, ctx: { _type: 'Load' }, ...this.loc(s) };
    }
    return e;
  }

  private classPattern(s: Start, cls: A.Expr): A.MatchClass {
    this.expectOp('(');
    const patterns: A.Pattern[] = [];
    const kwd_attrs: string[] = [];
    const kwd_patterns: A.Pattern[] = [];
    while (!this.isOp(')')) {
      if (this.isName() && this.isOp('=', 1)) {
        kwd_attrs.push(this.next().value.normalize('NFKC'));
        this.next();
        kwd_patterns.push(this.pattern());
      } else if (kwd_attrs.length) {
        // invalid_class_argument_pattern: the positional patterns after a keyword pattern.
        const after = [this.pattern()];
        while (this.isOp(',') && !(this.isName(1) && this.isOp('=', 2)) && !this.isOp(')', 1)) {
          this.next();
          after.push(this.pattern());
        }
        throw this.errorAtNode('positional patterns follow keyword patterns', after[0], after[after.length - 1]);
      } else patterns.push(this.pattern());
      if (!this.isOp(',')) break;
      this.next();
    }
    this.expectOp(')');
    return { _type: 'MatchClass', cls, patterns, kwd_attrs, kwd_patterns, ...this.loc(s) };
  }

  private mappingPattern(): A.MatchMapping {
    const s = this.start();
    this.next();
    const keys: A.Expr[] = [];
    const patterns: A.Pattern[] = [];
    let rest: string | null = null;
    while (!this.isOp('}')) {
      if (this.isOp('**')) {
        this.next();
        if (!this.isName() || this.isKw('_')) throw this.fail();
        rest = this.captureTarget();
        if (this.isOp(',')) this.next();
        break;
      }
      const t = this.tok();
      let key: A.Expr;
      if (t.type === 'NAME' && !KEYWORDS.has(t.value)) {
        key = this.nameOrAttr();
        if (key._type === 'Name') throw this.fail();
      } else key = this.literalExpr();
      keys.push(key);
      this.expectOp(':');
      patterns.push(this.pattern());
      if (!this.isOp(',')) break;
      this.next();
    }
    this.expectOp('}');
    return { _type: 'MatchMapping', keys, patterns, rest, ...this.loc(s) };
  }

  private block(kw: Token, what: string): A.Stmt[] {
    if (this.tok().type !== 'NEWLINE') {
      const out: A.Stmt[] = [];
      this.simpleStmts(out);
      return out;
    }
    this.next();
    const t = this.tok();
    if (t.type !== 'INDENT') {
      const offset = t.col < 0 ? 0 : t.col + 1;
      throw this.error(`expected an indented block after ${what} on line ${kw.lineno}`, t.lineno, offset, t.lineno, -1, 'IndentationError');
    }
    this.next();
    const out: A.Stmt[] = [];
    while (this.tok().type !== 'DEDENT') {
      if (this.tok().type === 'ENDMARKER') break;
      this.statement(out);
    }
    this.next();
    return out;
  }

  private simpleStmts(out: A.Stmt[]): void {
    for (;;) {
      out.push(this.simpleStmt());
      if (this.isOp(';')) {
        this.next();
        if (this.tok().type === 'NEWLINE') break;
        continue;
      }
      if (this.tok().type === 'NEWLINE') break;
      throw this.fail();
    }
    this.next();
  }

  private simpleStmt(): A.Stmt {
    const t = this.tok();
    const s = this.start();
    if (t.type === 'NAME') {
      switch (t.value) {
        case 'pass': this.next(); return { _type: 'Pass', ...this.loc(s) };
        case 'break': this.next(); return { _type: 'Break', ...this.loc(s) };
        case 'continue': this.next(); return { _type: 'Continue', ...this.loc(s) };
        case 'return': {
          this.next();
          const value = this.atSimpleEnd() ? null : this.starExpressions();
          return { _type: 'Return', value, ...this.loc(s) };
        }
        case 'raise': {
          this.next();
          let exc: A.Expr | null = null;
          let cause: A.Expr | null = null;
          if (!this.atSimpleEnd()) {
            exc = this.expression();
            if (this.isKw('from')) {
              this.next();
              cause = this.expression();
            }
          }
          return { _type: 'Raise', exc, cause, ...this.loc(s) };
        }
        case 'global':
        case 'nonlocal': {
          this.next();
          const names = [this.name()];
          while (this.isOp(',')) {
            this.next();
            names.push(this.name());
          }
          return t.value === 'global' ? { _type: 'Global', names, ...this.loc(s) } : { _type: 'Nonlocal', names, ...this.loc(s) };
        }
        case 'del': return this.delStmt(s);
        case 'assert': {
          this.next();
          const test = this.expression();
          let msg: A.Expr | null = null;
          if (this.isOp(',')) {
            this.next();
            msg = this.expression();
          }
          return { _type: 'Assert', test, msg, ...this.loc(s) };
        }
        case 'import': return this.importStmt(s);
        case 'from': return this.fromImport(s);
      }
    }
    return this.exprStmt(s);
  }

  private atSimpleEnd(): boolean {
    const t = this.tok();
    return t.type === 'NEWLINE' || (t.type === 'OP' && t.value === ';');
  }

  private delStmt(s: Start): A.Delete {
    this.next();
    const targets: A.Expr[] = [];
    for (;;) {
      const e = this.isOp('*') ? this.starExpression() : this.bitwiseOr();
      this.setCtx(e, 'del');
      targets.push(e);
      if (!this.isOp(',')) break;
      this.next();
      if (this.atSimpleEnd()) break;
    }
    if (!this.atSimpleEnd()) throw this.fail();
    return { _type: 'Delete', targets, ...this.loc(s) };
  }

  private dottedName(): string {
    let n = this.name();
    while (this.isOp('.')) {
      this.next();
      n += '.' + this.name();
    }
    return n;
  }

  private importStmt(s: Start): A.Import {
    this.next();
    const names: A.Alias[] = [];
    for (;;) {
      const as = this.start();
      const name = this.dottedName();
      let asname: string | null = null;
      if (this.isKw('as')) {
        this.next();
        asname = this.name();
      }
      names.push({ _type: 'alias', name, asname, ...this.loc(as) });
      if (!this.isOp(',')) break;
      this.next();
    }
    return { _type: 'Import', names, ...this.loc(s) };
  }

  private fromImport(s: Start): A.ImportFrom {
    this.next();
    let level = 0;
    while (this.isOp('.') || this.isOp('...')) level += this.next().value.length;
    const module = level > 0 && this.isKw('import') ? null : this.dottedName();
    this.expectKw('import');
    const names: A.Alias[] = [];
    if (this.isOp('*')) {
      const as = this.start();
      this.next();
      names.push({ _type: 'alias', name: '*', asname: null, ...this.loc(as) });
    } else {
      const paren = this.isOp('(');
      if (paren) this.next();
      for (;;) {
        const as = this.start();
        const name = this.name();
        let asname: string | null = null;
        if (this.isKw('as')) {
          this.next();
          asname = this.name();
        }
        names.push({ _type: 'alias', name, asname, ...this.loc(as) });
        if (!this.isOp(',')) break;
        this.next();
        if (paren && this.isOp(')')) break;
        if (!paren && this.tok().type === 'NEWLINE') {
          throw this.errorAtTok('trailing comma not allowed without surrounding parentheses', this.tok());
        }
      }
      if (paren) this.expectOp(')');
    }
    return { _type: 'ImportFrom', module, names, level, ...this.loc(s) };
  }

  private exprStmt(s: Start): A.Stmt {
    const first = this.tok();
    const e = this.isKw('yield') ? this.yieldExpr() : this.starExpressions(true);
    if (this.isOp('=')) {
      const targets: A.Expr[] = [e];
      let value: A.Expr;
      for (;;) {
        this.next();
        value = this.isKw('yield') ? this.yieldExpr() : this.starExpressions();
        if (!this.isOp('=')) break;
        targets.push(value);
      }
      this.checkAssignTargets(targets, value);
      return { _type: 'Assign', targets, value, type_comment: null, ...this.loc(s) };
    }
    const t = this.tok();
    if (t.type === 'OP' && AUG_OPS[t.value] !== undefined) {
      if (e._type !== 'Name' && e._type !== 'Attribute' && e._type !== 'Subscript') {
        throw this.errorAtNode(`'${exprName(e)}' is an illegal expression for augmented assignment`, e);
      }
      this.next();
      const value = this.isKw('yield') ? this.yieldExpr() : this.starExpressions();
      this.setCtx(e, 'star');
      return { _type: 'AugAssign', target: e, op: { _type: AUG_OPS[t.value] }, value, ...this.loc(s) };
    }
    if (this.isOp(':')) {
      if (e._type === 'Tuple' || e._type === 'List') {
        throw this.errorAtNode(`only single target (not ${e._type === 'Tuple' ? 'tuple' : 'list'}) can be annotated`, e);
      }
      if (e._type !== 'Name' && e._type !== 'Attribute' && e._type !== 'Subscript') throw this.errorAtNode('illegal target for annotation', e);
      this.next();
      const annotation = this.expression();
      let value: A.Expr | null = null;
      if (this.isOp('=')) {
        this.next();
        value = this.isKw('yield') ? this.yieldExpr() : this.starExpressions();
      }
      this.setCtx(e, 'star');
      const simple = e._type === 'Name' && !(first.type === 'OP' && first.value === '(') ? 1 : 0;
      return { _type: 'AnnAssign', target: e, annotation, value, simple, ...this.loc(s) };
    }
    if (e._type === 'Name' && (e.id === 'print' || e.id === 'exec') && this.canStartExpr() && !this.isOp('(')) {
      const b = this.starExpressions();
      throw this.errorAtNode(`Missing parentheses in call to '${e.id}'. Did you mean ${e.id}(...)?`, e, b);
    }
    return { _type: 'Expr', value: e, ...this.loc(s) };
  }

  private checkAssignTargets(targets: A.Expr[], value: A.Expr): void {
    for (let i = 0; i < targets.length; i++) {
      const t = targets[i];
      if (t._type === 'Yield' || t._type === 'YieldFrom') {
        const before = [...(this.lines[t.lineno - 1] ?? '')].slice(0, t.col_offset).join('').trimEnd();
        throw this.errorAtNode(before.endsWith('(') ? 'cannot assign to yield expression' : 'assignment to yield expression not possible', t);
      }
      const bad = invalidTarget(t, 'star');
      if (!bad) continue;
      if (i === 0 && targets.length === 1) {
        // CPython's invalid_named_expression fires on the element right before '='.
        const last = t._type === 'Tuple' && !this.isParenthesized(t) ? t.elts[t.elts.length - 1] : t;
        if (bad === last && isBitwiseLevel(last) && !isExcludedNamedTarget(last, this)) {
          throw this.errorAtNode(`cannot assign to ${exprName(last)} here. Maybe you meant '==' instead of '='?`, last);
        }
      }
      if (t._type === 'Tuple' && !this.isParenthesized(t) && i === 0 && targets.length === 1) {
        const last = t.elts[t.elts.length - 1];
        if (last._type === 'Name' && isBitwiseLevel(value)) {
          throw this.errorAtNode("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", last, value);
        }
      }
      if (bad._type === 'Starred' && bad === t) throw this.errorAtNode('starred assignment target must be in a list or tuple', t);
      throw this.errorAtNode(`cannot assign to ${exprName(bad)}`, bad);
    }
    for (const t of targets) this.setCtx(t, 'star');
  }

  /** Whether the node's source text starts with '(' (a parenthesized tuple, for instance). */
  isParenthesized(n: A.Pos): boolean {
    const line = this.lines[n.lineno - 1] ?? '';
    return [...line][n.col_offset] === '(';
  }

  /** Converts an expression to a Store/Del target in place, raising CPython's error for invalid ones. */
  private setCtx(e: A.Expr, kind: TargetKind): void {
    const bad = invalidTarget(e, kind);
    if (bad) {
      const verb = kind === 'del' ? 'delete' : 'assign to';
      throw this.errorAtNode(`cannot ${verb} ${exprName(bad)}`, bad);
    }
    applyCtx(e, kind === 'del' ? { _type: 'Del' } : { _type: 'Store' });
  }

  private decorated(): A.Stmt {
    const decorators: A.Expr[] = [];
    while (this.isOp('@')) {
      this.next();
      decorators.push(this.namedExpression());
      if (this.tok().type !== 'NEWLINE') throw this.fail();
      this.next();
    }
    if (this.isKw('def')) return this.funcDef(decorators, null);
    if (this.isKw('class')) return this.classDef(decorators);
    if (this.isKw('async') && this.isKw('def', 1)) {
      const a = this.next();
      return this.funcDef(decorators, a);
    }
    throw this.fail();
  }

  private funcDef(decorator_list: A.Expr[], asyncTok: Token | null): A.FunctionDef | A.AsyncFunctionDef {
    const kw = this.next();
    const s: Start = asyncTok ? asyncTok : kw;
    const name = this.name();
    if (!this.isOp('(')) throw this.errorAtTok("expected '('", this.tok());
    this.next();
    const args = this.parameters(')', true);
    this.expectOp(')');
    let returns: A.Expr | null = null;
    if (this.isOp('->')) {
      this.next();
      returns = this.expression();
    }
    this.expectColon(true);
    const body = this.block(asyncTok ?? kw, 'function definition');
    const pos = this.locReal(s);
    return asyncTok
      ? { _type: 'AsyncFunctionDef', name, args, body, decorator_list, returns, type_comment: null, ...pos }
      : { _type: 'FunctionDef', name, args, body, decorator_list, returns, type_comment: null, ...pos };
  }

  private parameters(close: string, annotations: boolean): A.Arguments {
    const a: A.Arguments = { _type: 'arguments', posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [] };
    let star = false;
    let slash = false;
    const param = (starAnn: boolean): A.Arg => {
      const s = this.start();
      const arg = this.name();
      let annotation: A.Expr | null = null;
      if (annotations && this.isOp(':')) {
        this.next();
        annotation = starAnn && this.isOp('*') ? this.starExpression() : this.expression();
      }
      return { _type: 'arg', arg, annotation, type_comment: null, ...this.loc(s) };
    };
    while (!this.isOp(close)) {
      const t = this.tok();
      if (this.isOp('/')) {
        if (slash) throw this.errorAtTok('/ may appear only once', t);
        if (star) throw this.errorAtTok('/ must be ahead of *', t);
        if (a.args.length === 0) throw this.errorAtTok('at least one argument must precede /', t);
        this.next();
        slash = true;
        a.posonlyargs = a.args;
        a.args = [];
      } else if (this.isOp('**')) {
        this.next();
        a.kwarg = param(false);
        if (this.isOp(',')) this.next();
        if (!this.isOp(close)) {
          const u = this.tok();
          if (this.isName() || this.isOp('*') || this.isOp('**') || this.isOp('/')) {
            throw this.errorAtTok('arguments cannot follow var-keyword argument', u);
          }
          throw this.fail();
        }
        break;
      } else if (this.isOp('*')) {
        if (star) throw this.errorAtTok('* argument may appear only once', t);
        this.next();
        star = true;
        if (this.isOp(',') || this.isOp(close)) {
          const after = this.isOp(',') ? this.tok(1) : this.tok();
          if ((after.type === 'OP' && (after.value === close || after.value === '**'))) {
            // A lambda's error has no location of its own: CPython puts it at the last token read.
            throw this.errorAtTok('named arguments must follow bare *', close === ':' ? after : t);
          }
        } else {
          a.vararg = param(true);
          if (this.isOp('=')) throw this.errorAtTok('var-positional argument cannot have default value', this.tok());
        }
      } else {
        const p = param(false);
        let def: A.Expr | null = null;
        if (this.isOp('=')) {
          this.next();
          def = this.expression();
        }
        if (star) {
          a.kwonlyargs.push(p);
          a.kw_defaults.push(def);
        } else {
          a.args.push(p);
          if (def) a.defaults.push(def);
          else if (a.defaults.length > 0) throw this.errorAtNode('non-default argument follows default argument', p);
        }
      }
      if (this.isOp(',')) this.next();
      else if (!this.isOp(close)) throw this.fail();
    }
    return a;
  }

  private classDef(decorator_list: A.Expr[]): A.ClassDef {
    const kw = this.next();
    const s: Start = kw;
    const name = this.name();
    let bases: A.Expr[] = [];
    let keywords: A.Keyword[] = [];
    if (this.isOp('(')) {
      this.next();
      [bases, keywords] = this.callArgs(null);
    }
    this.expectColon(false);
    const body = this.block(kw, 'class definition');
    return { _type: 'ClassDef', name, bases, keywords, body, decorator_list, ...this.locReal(s) };
  }

  private ifStmt(): A.If {
    const kw = this.next();
    const s: Start = kw;
    const test = this.namedExpression();
    this.expectColon(false);
    const body = this.block(kw, `'${kw.value}' statement`);
    let orelse: A.Stmt[] = [];
    if (this.isKw('elif')) orelse = [this.ifStmt()];
    else if (this.isKw('else')) orelse = this.elseBlock();
    return { _type: 'If', test, body, orelse, ...this.locReal(s) };
  }

  private elseBlock(): A.Stmt[] {
    const kw = this.next();
    this.expectColon(true);
    return this.block(kw, "'else' statement");
  }

  private whileStmt(): A.While {
    const kw = this.next();
    const s: Start = kw;
    const test = this.namedExpression();
    this.expectColon(false);
    const body = this.block(kw, "'while' statement");
    const orelse = this.isKw('else') ? this.elseBlock() : [];
    return { _type: 'While', test, body, orelse, ...this.locReal(s) };
  }

  private forStmt(asyncTok: Token | null): A.For | A.AsyncFor {
    const kw = this.next();
    const st = asyncTok ?? kw;
    const s: Start = st;
    const target = this.targetList();
    this.expectKw('in');
    const iter = this.starExpressions();
    this.expectColon(false);
    const body = this.block(st, "'for' statement");
    const orelse = this.isKw('else') ? this.elseBlock() : [];
    const pos = this.locReal(s);
    return asyncTok
      ? { _type: 'AsyncFor', target, iter, body, orelse, type_comment: null, ...pos }
      : { _type: 'For', target, iter, body, orelse, type_comment: null, ...pos };
  }

  /** star_targets for `for` and comprehensions: stops before `in`. */
  private targetList(): A.Expr {
    const s = this.start();
    const first = this.targetElem();
    let e: A.Expr = first;
    if (this.isOp(',')) {
      const elts = [first];
      while (this.isOp(',')) {
        this.next();
        if (this.isKw('in') || this.isOp('=')) break;
        elts.push(this.targetElem());
      }
      e = { _type: 'Tuple', elts, ctx: { _type: 'Load' }, ...this.loc(s) };
    }
    this.setCtx(e, 'for');
    return e;
  }

  private targetElem(): A.Expr {
    if (this.isOp('*')) {
      const s = this.start();
      this.next();
      const value = this.targetElem();
      return { _type: 'Starred', value, ctx: { _type: 'Load' }, ...this.loc(s) };
    }
    return this.bitwiseOr();
  }

  private withStmt(asyncTok: Token | null): A.With | A.AsyncWith {
    const kw = this.next();
    const st = asyncTok ?? kw;
    const s: Start = st;
    let items: A.WithItem[] | null = null;
    if (this.isOp('(')) {
      const save = this.p;
      try {
        this.next();
        items = [];
        for (;;) {
          items.push(this.withItem());
          if (!this.isOp(',')) break;
          this.next();
          if (this.isOp(')')) break;
        }
        this.expectOp(')');
        if (!this.isOp(':')) throw this.fail();
      } catch (e) {
        if (!this.backtrackable(e)) throw e;
        this.p = save;
        items = null;
      }
    }
    if (!items) {
      items = [this.withItem()];
      while (this.isOp(',')) {
        this.next();
        items.push(this.withItem());
      }
    }
    this.expectColon(false);
    const body = this.block(st, "'with' statement");
    const pos = this.locReal(s);
    return asyncTok
      ? { _type: 'AsyncWith', items, body, type_comment: null, ...pos }
      : { _type: 'With', items, body, type_comment: null, ...pos };
  }

  private withItem(): A.WithItem {
    const context_expr = this.expression();
    let optional_vars: A.Expr | null = null;
    if (this.isKw('as')) {
      this.next();
      optional_vars = this.targetElem();
      if (!this.isOp(',') && !this.isOp(')') && !this.isOp(':')) throw this.fail();
      this.setCtx(optional_vars, 'star');
    }
    return { _type: 'withitem', context_expr, optional_vars };
  }

  private tryStmt(): A.Try | A.TryStar {
    const kw = this.next();
    const s: Start = kw;
    this.expectColon(true);
    const body = this.block(kw, "'try' statement");
    const handlers: A.ExceptHandler[] = [];
    let star: boolean | null = null;
    while (this.isKw('except')) {
      const ek = this.next();
      const hs: Start = ek;
      const isStar = this.isOp('*');
      if (isStar) this.next();
      if (star !== null && star !== isStar) {
        throw this.errorAtTok("cannot have both 'except' and 'except*' on the same 'try'", ek);
      }
      star = isStar;
      let type: A.Expr | null = null;
      let name: string | null = null;
      if (!this.isOp(':')) {
        if (isStar && this.tok().type === 'NEWLINE') throw this.errorAtTok('expected one or more exception types', this.tok());
        if (this.tok().type !== 'NEWLINE') {
          type = this.expression();
          if (this.isOp(',')) {
            const ts = type;
            const tup = this.starExpressionsFrom(type, { lineno: ts.lineno, col: ts.col_offset });
            throw this.errorAtNode('multiple exception types must be parenthesized', tup);
          }
          if (this.isKw('as')) {
            this.next();
            name = this.name();
          }
        }
      } else if (isStar) throw this.errorAtTok('expected one or more exception types', this.tok());
      this.expectColon(false);
      const hbody = this.block(ek, isStar ? "'except*' statement" : "'except' statement");
      handlers.push({ _type: 'ExceptHandler', type, name, body: hbody, ...this.locReal(hs) });
    }
    const orelse = handlers.length && this.isKw('else') ? this.elseBlock() : [];
    let finalbody: A.Stmt[] = [];
    if (this.isKw('finally')) {
      const fk = this.next();
      this.expectColon(true);
      finalbody = this.block(fk, "'finally' statement");
    }
    if (handlers.length === 0 && finalbody.length === 0) throw this.errorAtTok("expected 'except' or 'finally' block", this.tok());
    const last = finalbody.length ? finalbody : orelse.length ? orelse : null;
    const pos = this.locReal(s);
    return star
      ? { _type: 'TryStar', body, handlers, orelse, finalbody, ...pos }
      : { _type: 'Try', body, handlers, orelse, finalbody, ...pos };
  }

  // ---- expressions

  canStartExpr(k = 0): boolean {
    const t = this.tok(k);
    switch (t.type) {
      case 'NAME': return !KEYWORDS.has(t.value) || EXPR_KEYWORDS.has(t.value);
      case 'NUMBER': case 'STRING': return true;
      case 'OP': return '([{-+~*...'.includes(t.value) && t.value !== '..' && t.value !== '.';
      default: return false;
    }
  }

  starExpressions(stmtStart = false): A.Expr {
    const s = this.start();
    const first = this.starExpression(stmtStart);
    if (!this.isOp(',')) return first;
    return this.starExpressionsFrom(first, s);
  }

  private starExpressionsFrom(first: A.Expr, s: Start): A.Tuple {
    const elts = [first];
    while (this.isOp(',')) {
      this.next();
      if (!this.canStartExpr()) break;
      elts.push(this.starExpression());
    }
    return { _type: 'Tuple', elts, ctx: { _type: 'Load' }, ...this.loc(s) };
  }

  private starExpression(stmtStart = false): A.Expr {
    if (this.isOp('*')) {
      const s = this.start();
      this.next();
      const value = this.bitwiseOr();
      return { _type: 'Starred', value, ctx: { _type: 'Load' }, ...this.loc(s) };
    }
    return this.expression(stmtStart);
  }

  private starNamedExpression(): A.Expr {
    if (this.isOp('*')) {
      const s = this.start();
      this.next();
      const value = this.bitwiseOr();
      return { _type: 'Starred', value, ctx: { _type: 'Load' }, ...this.loc(s) };
    }
    return this.namedExpression();
  }

  private starNamedExpressions(): A.Expr {
    const s = this.start();
    const first = this.starNamedExpression();
    if (!this.isOp(',')) return first;
    const elts = [first];
    while (this.isOp(',')) {
      this.next();
      if (!this.canStartExpr()) break;
      elts.push(this.starNamedExpression());
    }
    return { _type: 'Tuple', elts, ctx: { _type: 'Load' }, ...this.loc(s) };
  }

  private yieldExpr(): A.Yield | A.YieldFrom {
    const s = this.start();
    this.next();
    if (this.isKw('from')) {
      this.next();
      const value = this.expression();
      return { _type: 'YieldFrom', value, ...this.loc(s) };
    }
    const value = this.canStartExpr() ? this.starExpressions() : null;
    return { _type: 'Yield', value, ...this.loc(s) };
  }

  namedExpression(inCall = false): A.Expr {
    if (this.tok().type === 'NAME' && this.isOp(':=', 1)) {
      const s = this.start();
      const t = this.next();
      if (KEYWORDS.has(t.value)) throw this.fail(t);
      this.next();
      const value = this.expression();
      const target: A.Name = { _type: 'Name', id: t.value, ctx: { _type: 'Store' }, lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol };
      return { _type: 'NamedExpr', target, value, ...this.loc(s) };
    }
    const e = this.expression();
    if (this.isOp(':=')) throw this.errorAtNode(`cannot use assignment expressions with ${exprName(e)}`, e);
    if (this.isOp('=') && !inCall) this.invalidNamedAssignment(e);
    return e;
  }

  /** CPython's invalid_named_expression: `a = b` where only an expression may appear. */
  private invalidNamedAssignment(a: A.Expr): void {
    const save = this.p;
    this.next();
    let b: A.Expr | null = null;
    try {
      b = this.bitwiseOr();
    } catch (e) {
      if (!this.backtrackable(e)) throw e;
    }
    const followed = this.isOp('=') || this.isOp(':=');
    this.p = save;
    if (!b || followed) return;
    if (a._type === 'Name') throw this.errorAtNode("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", a, b);
    if (isBitwiseLevel(a) && !isExcludedNamedTarget(a, this)) {
      throw this.errorAtNode(`cannot assign to ${exprName(a)} here. Maybe you meant '==' instead of '='?`, a);
    }
  }

  expression(stmtStart = false): A.Expr {
    if (this.isKw('lambda')) return this.lambda();
    const s = this.start();
    const startTok = this.tok();
    const a = this.disjunction();
    if (this.isKw('if')) {
      this.next();
      const b = this.disjunction();
      if (!this.isKw('else')) {
        if (this.isOp(':')) throw this.fail();
        throw this.errorAtNode("expected 'else' after 'if' expression", a, b);
      }
      this.next();
      const c = this.expression();
      return { _type: 'IfExp', test: b, body: a, orelse: c, ...this.loc(s) };
    }
    if (this.canStartExpr() && !this.isOp('*') && !this.isOp('-') && !this.isOp('+') && !this.isOp('(') && !this.isOp('[')) {
      this.juxtaposition(a, startTok, stmtStart);
    }
    return a;
  }

  /** Inside CPython's expression_without_invalid: the checks for invalid input are off. */
  private withoutInvalid = 0;
  /** Two expressions side by side: CPython's "Perhaps you forgot a comma?" inside brackets. */
  private juxtaposition(a: A.Expr, startTok: Token, stmtStart: boolean): void {
    if (this.withoutInvalid) return;
    const errTok = this.tok();
    const nameString = startTok.type === 'NAME' && this.toks[this.toks.indexOf(startTok) + 1]?.type === 'STRING';
    const soft = startTok.type === 'NAME' && (startTok.value === 'match' || startTok.value === 'case' || startTok.value === '_');
    if (nameString || soft) return;
    if (a._type === 'Name' && (a.id === 'print' || a.id === 'exec') && stmtStart) return;
    const save = this.p;
    let b: A.Expr | null = null;
    this.withoutInvalid++;
    try {
      b = this.expression();
    } catch (e) {
      if (!this.backtrackable(e)) throw e;
    } finally {
      this.withoutInvalid--;
    }
    const level = this.p > 0 ? this.levels[this.p - 1] : 0;
    this.p = save;
    if (b && level > 0) throw this.errorAtNode('invalid syntax. Perhaps you forgot a comma?', a, b);
    if (!b) return;
    throw this.fail(errTok);
  }

  private levelsCache: number[] | null = null;
  private get levels(): number[] {
    if (!this.levelsCache) {
      const lv: number[] = [];
      let d = 0;
      for (const t of this.toks) {
        if (t.type === 'OP') {
          if (t.value === '(' || t.value === '[' || t.value === '{') d++;
          else if (t.value === ')' || t.value === ']' || t.value === '}') d--;
        }
        lv.push(d + (this.inFString ? 0 : 0));
      }
      this.levelsCache = lv;
    }
    return this.levelsCache;
  }

  private lambda(): A.Lambda {
    const s = this.start();
    this.next();
    const args = this.parameters(':', false);
    this.expectOp(':');
    const body = this.expression();
    return { _type: 'Lambda', args, body, ...this.loc(s) };
  }

  private disjunction(): A.Expr {
    const s = this.start();
    const first = this.conjunction();
    if (!this.isKw('or')) return first;
    const values = [first];
    while (this.isKw('or')) {
      this.next();
      values.push(this.conjunction());
    }
    return { _type: 'BoolOp', op: { _type: 'Or' }, values, ...this.loc(s) };
  }

  private conjunction(): A.Expr {
    const s = this.start();
    const first = this.inversion();
    if (!this.isKw('and')) return first;
    const values = [first];
    while (this.isKw('and')) {
      this.next();
      values.push(this.inversion());
    }
    return { _type: 'BoolOp', op: { _type: 'And' }, values, ...this.loc(s) };
  }

  private inversion(): A.Expr {
    if (this.isKw('not')) {
      const s = this.start();
      this.next();
      const operand = this.inversion();
      return { _type: 'UnaryOp', op: { _type: 'Not' }, operand, ...this.loc(s) };
    }
    return this.comparison();
  }

  private comparison(): A.Expr {
    const s = this.start();
    const left = this.bitwiseOr();
    const ops: A.CmpOperator[] = [];
    const comparators: A.Expr[] = [];
    for (;;) {
      const t = this.tok();
      let op: A.CmpOpName | null = null;
      if (t.type === 'OP' && CMP_OPS[t.value] !== undefined) {
        op = CMP_OPS[t.value];
        this.next();
      } else if (t.type === 'NAME') {
        if (t.value === 'in') {
          op = 'In';
          this.next();
        } else if (t.value === 'not' && this.isKw('in', 1)) {
          op = 'NotIn';
          this.next();
          this.next();
        } else if (t.value === 'is') {
          this.next();
          if (this.isKw('not')) {
            this.next();
            op = 'IsNot';
          } else op = 'Is';
        }
      }
      if (!op) break;
      ops.push({ _type: op });
      comparators.push(this.bitwiseOr());
    }
    if (!ops.length) return left;
    return { _type: 'Compare', left, ops, comparators, ...this.loc(s) };
  }

  private binary(next: () => A.Expr, ops: Record<string, A.OperatorName>): A.Expr {
    const s = this.start();
    let left = next();
    for (;;) {
      const t = this.tok();
      if (t.type !== 'OP') return left;
      const op = Object.prototype.hasOwnProperty.call(ops, t.value) ? ops[t.value] : undefined;
      if (op === undefined) return left;
      this.next();
      const right = next();
      left = { _type: 'BinOp', left, op: { _type: op }, right, ...this.loc(s) };
    }
  }

  private bitwiseOr = (): A.Expr => this.binary(this.bitwiseXor, OR_OPS);
  private bitwiseXor = (): A.Expr => this.binary(this.bitwiseAnd, XOR_OPS);
  private bitwiseAnd = (): A.Expr => this.binary(this.shiftExpr, AND_OPS);
  private shiftExpr = (): A.Expr => this.binary(this.sum, SHIFT_OPS);
  private sum = (): A.Expr => this.binary(this.term, SUM_OPS);
  private term = (): A.Expr => this.binary(this.factor, TERM_OPS);

  private factor = (): A.Expr => {
    const t = this.tok();
    if (t.type === 'OP' && (t.value === '-' || t.value === '+' || t.value === '~')) {
      const s = this.start();
      this.next();
      const operand = this.factor();
      const op: A.UnaryOpName = t.value === '-' ? 'USub' : t.value === '+' ? 'UAdd' : 'Invert';
      return { _type: 'UnaryOp', op: { _type: op }, operand, ...this.loc(s) };
    }
    return this.power();
  };

  private power(): A.Expr {
    const s = this.start();
    const left = this.awaitPrimary();
    if (!this.isOp('**')) return left;
    this.next();
    const right = this.factor();
    return { _type: 'BinOp', left, op: { _type: 'Pow' }, right, ...this.loc(s) };
  }

  private awaitPrimary(): A.Expr {
    if (this.isKw('await')) {
      const s = this.start();
      this.next();
      const value = this.primary();
      return { _type: 'Await', value, ...this.loc(s) };
    }
    return this.primary();
  }

  private primary(): A.Expr {
    const s = this.start();
    let e = this.atom();
    for (;;) {
      const t = this.tok();
      if (t.type !== 'OP') return e;
      if (t.value === '.') {
        this.next();
        const attr = this.name();
        e = { _type: 'Attribute', value: e, attr, ctx: { _type: 'Load' }, ...this.loc(s) };
      } else if (t.value === '(') {
        this.next();
        const [args, keywords] = this.callArgs(t);
        e = { _type: 'Call', func: e, args, keywords, ...this.loc(s) };
      } else if (t.value === '[') {
        this.next();
        const slice = this.slices();
        this.expectOp(']');
        e = { _type: 'Subscript', value: e, slice, ctx: { _type: 'Load' }, ...this.loc(s) };
      } else return e;
    }
  }

  /** Arguments after '(' through ')'; `open` is the '(' token of a call (for generator-expression positions). */
  private callArgs(open: Token | null): [A.Expr[], A.Keyword[]] {
    const args: A.Expr[] = [];
    const keywords: A.Keyword[] = [];
    let sawKw = false;
    let sawDoubleStar = false;
    let late: string | null = null;
    while (!this.isOp(')')) {
      const s = this.start();
      const t = this.tok();
      if (this.isOp('*')) {
        if (sawDoubleStar) throw this.errorAtTok('iterable argument unpacking follows keyword argument unpacking', t);
        this.next();
        const value = this.expression();
        const starred: A.Expr = { _type: 'Starred', value, ctx: { _type: 'Load' }, ...this.loc(s) };
        args.push(starred);
        if (this.isCompFor()) {
          const forTok = this.tok();
          const generators = this.comprehensions();
          if (args.length === 1 && keywords.length === 0 && open !== null) this.starredComprehensionTarget(starred);
          if (args.length === 1) throw this.fail(forTok);
          throw this.errorAtNode('Generator expression must be parenthesized', starred, lastComprehensionItem(generators));
        }
      } else if (this.isOp('**')) {
        this.next();
        const value = this.expression();
        keywords.push({ _type: 'keyword', arg: null, value, ...this.loc(s) });
        sawDoubleStar = true;
      } else if (t.type === 'NAME' && this.isOp('=', 1)) {
        if (t.value === 'True' || t.value === 'False' || t.value === 'None') {
          throw this.error(`cannot assign to ${t.value}`, t.lineno, t.col + 1, this.tok(1).endLineno, this.tok(1).endCol + 1);
        }
        if (KEYWORDS.has(t.value)) throw this.fail(t);
        this.next();
        this.next();
        const value = this.expression();
        if (this.isKw('for') || (this.isKw('async') && this.isKw('for', 1))) {
          throw this.errorAtNode("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", Parser.span(s, value), value);
        }
        keywords.push({ _type: 'keyword', arg: t.value, value, ...this.loc(s) });
        sawKw = true;
      } else {
        const e = this.namedExpression(true);
        if (this.isKw('for') || (this.isKw('async') && this.isKw('for', 1))) {
          const forTok = this.tok();
          const generators = this.comprehensions();
          const first = args.length === 0 && keywords.length === 0;
          if (!first || !this.isOp(')') || open === null) {
            // A lone generator expression in a class's bases, or one followed by neither ',' nor ')',
            // is plain invalid syntax where CPython's first pass stopped.
            if (first && this.isOp(')')) throw this.fail(forTok);
            if (first && !this.isOp(',')) throw this.fail();
            throw this.errorAtNode('Generator expression must be parenthesized', e, lastComprehensionItem(generators));
          }
          this.next();
          args.push({ _type: 'GeneratorExp', elt: e, generators, ...this.loc(open) });
          return [args, keywords];
        }
        if (this.isOp('=')) {
          const eq = this.tok();
          throw this.error('expression cannot contain assignment, perhaps you meant "=="?', e.lineno, e.col_offset + 1, eq.endLineno, eq.endCol + 1);
        }
        if (sawDoubleStar) late ??= 'positional argument follows keyword argument unpacking';
        else if (sawKw) late ??= 'positional argument follows keyword argument';
        args.push(e);
      }
      if (this.isOp(',')) this.next();
      else if (!this.isOp(')')) throw this.fail();
    }
    if (late) throw this.errorAtTok(late, this.tok());
    this.next();
    return [args, keywords];
  }

  private slices(): A.Expr {
    const s = this.start();
    const first = this.slice();
    if (!this.isOp(',') && first._type !== 'Starred') return first;
    const elts = [first];
    while (this.isOp(',')) {
      this.next();
      if (this.isOp(']')) break;
      elts.push(this.slice());
    }
    return { _type: 'Tuple', elts, ctx: { _type: 'Load' }, ...this.loc(s) };
  }

  private slice(): A.Expr {
    const s = this.start();
    if (this.isOp('*')) return this.starExpression();
    let lower: A.Expr | null = null;
    if (!this.isOp(':')) {
      const e = this.namedExpression();
      if (!this.isOp(':')) return e;
      lower = e;
    }
    this.next();
    let upper: A.Expr | null = null;
    let step: A.Expr | null = null;
    if (!this.isOp(':') && !this.isOp(',') && !this.isOp(']')) upper = this.expression();
    if (this.isOp(':')) {
      this.next();
      if (!this.isOp(',') && !this.isOp(']')) step = this.expression();
    }
    return { _type: 'Slice', lower, upper, step, ...this.loc(s) };
  }

  private comprehensions(): A.Comprehension[] {
    const gens: A.Comprehension[] = [];
    for (;;) {
      let is_async: 0 | 1 = 0;
      if (this.isKw('async') && this.isKw('for', 1)) {
        this.next();
        is_async = 1;
      } else if (!this.isKw('for')) break;
      this.next();
      const target = this.targetList();
      this.expectKw('in');
      const iter = this.disjunction();
      const ifs: A.Expr[] = [];
      while (this.isKw('if')) {
        this.next();
        ifs.push(this.disjunction());
      }
      gens.push({ _type: 'comprehension', target, iter, ifs, is_async });
    }
    return gens;
  }

  /** CPython's invalid_comprehension: `[*a for a in b]`. */
  private starredComprehensionTarget(elt: A.Expr): void {
    if (elt._type === 'Starred') throw this.errorAtNode('iterable unpacking cannot be used in comprehension', elt);
  }
  /** CPython's invalid_comprehension: `[a, b for ...]` or `[a, for ...]` (`comma` is the trailing comma, if that). */
  private unparenthesizedTarget(elts: A.Expr[], comma: Token | null): void {
    this.comprehensions();
    const msg = 'did you forget parentheses around the comprehension target?';
    if (comma && elts.length === 1) throw this.error(msg, elts[0].lineno, elts[0].col_offset + 1, comma.endLineno, comma.endCol + 1);
    throw this.errorAtNode(msg, elts[0], elts[elts.length - 1]);
  }

  private isCompFor(): boolean {
    return this.isKw('for') || (this.isKw('async') && this.isKw('for', 1));
  }

  private atom(): A.Expr {
    const t = this.tok();
    const s = this.start();
    switch (t.type) {
      case 'NAME': {
        if (KEYWORDS.has(t.value)) {
          this.next();
          if (t.value === 'None') return { _type: 'Constant', value: null, kind: null, ...this.loc(s) };
          if (t.value === 'True') return { _type: 'Constant', value: true, kind: null, ...this.loc(s) };
          if (t.value === 'False') return { _type: 'Constant', value: false, kind: null, ...this.loc(s) };
          throw this.fail(t);
        }
        this.next();
        return { _type: 'Name', id: t.value.normalize('NFKC'), ctx: { _type: 'Load' }, ...this.loc(s) };
      }
      case 'NUMBER':
        this.next();
        return { _type: 'Constant', value: numberValue(t.value), kind: null, ...this.loc(s) };
      case 'STRING':
        return this.strings();
      case 'OP':
        switch (t.value) {
          case '(': return this.parenAtom();
          case '[': return this.listAtom();
          case '{': return this.dictOrSetAtom();
          case '...':
            this.next();
            return { _type: 'Constant', value: { ellipsis: true }, kind: null, ...this.loc(s) };
        }
    }
    throw this.fail(t);
  }

  private parenAtom(): A.Expr {
    const s = this.start();
    this.next();
    if (this.isOp(')')) {
      this.next();
      return { _type: 'Tuple', elts: [], ctx: { _type: 'Load' }, ...this.loc(s) };
    }
    if (this.isKw('yield')) {
      const y = this.yieldExpr();
      this.expectOp(')');
      return y;
    }
    const first = this.starNamedExpression();
    if (this.isCompFor()) {
      const generators = this.comprehensions();
      this.starredComprehensionTarget(first);
      this.expectOp(')');
      return { _type: 'GeneratorExp', elt: first, generators, ...this.loc(s) };
    }
    if (this.isOp(')')) {
      if (first._type === 'Starred') throw this.errorAtNode('cannot use starred expression here', first);
      this.next();
      return first;
    }
    if (!this.isOp(',')) throw this.fail();
    const elts = [first];
    while (this.isOp(',')) {
      this.next();
      if (this.isOp(')')) break;
      elts.push(this.starNamedExpression());
    }
    this.expectOp(')');
    return { _type: 'Tuple', elts, ctx: { _type: 'Load' }, ...this.loc(s) };
  }

  private listAtom(): A.Expr {
    const s = this.start();
    this.next();
    const elts: A.Expr[] = [];
    if (!this.isOp(']')) {
      const first = this.starNamedExpression();
      if (this.isCompFor()) {
        const generators = this.comprehensions();
        this.starredComprehensionTarget(first);
        this.expectOp(']');
        return { _type: 'ListComp', elt: first, generators, ...this.loc(s) };
      }
      elts.push(first);
      while (this.isOp(',')) {
        const comma = this.next();
        if (this.isCompFor()) this.unparenthesizedTarget(elts, comma);
        if (this.isOp(']')) break;
        elts.push(this.starNamedExpression());
        if (this.isCompFor()) this.unparenthesizedTarget(elts, null);
      }
    }
    this.expectOp(']');
    return { _type: 'List', elts, ctx: { _type: 'Load' }, ...this.loc(s) };
  }

  private dictOrSetAtom(): A.Expr {
    const s = this.start();
    this.next();
    if (this.isOp('}')) {
      this.next();
      return { _type: 'Dict', keys: [], values: [], ...this.loc(s) };
    }
    let firstKey: A.Expr | null = null;
    let firstValue: A.Expr;
    if (this.isOp('**')) {
      const stars = this.next();
      firstValue = this.bitwiseOr();
      if (this.isCompFor()) {
        this.comprehensions();
        throw this.errorAtTok('dict unpacking cannot be used in dict comprehension', stars);
      }
    } else {
      const e = this.starNamedExpression();
      if (!this.isOp(':')) return this.setRest(s, e);
      this.next();
      firstKey = e;
      firstValue = this.expression();
      if (this.isCompFor()) {
        const generators = this.comprehensions();
        this.expectOp('}');
        return { _type: 'DictComp', key: e, value: firstValue, generators, ...this.loc(s) };
      }
    }
    const keys: (A.Expr | null)[] = [firstKey];
    const values: A.Expr[] = [firstValue];
    while (this.isOp(',')) {
      this.next();
      if (this.isOp('}')) break;
      if (this.isOp('**')) {
        this.next();
        keys.push(null);
        values.push(this.bitwiseOr());
      } else {
        const k = this.expression();
        if (!this.isOp(':')) {
          const t = this.tok();
          if (t.type === 'OP' && (t.value === '}' || t.value === ',')) {
            throw this.error("':' expected after dictionary key", k.lineno, k.col_offset + 1, k.end_lineno, 0);
          }
          throw this.fail();
        }
        this.next();
        keys.push(k);
        values.push(this.expression());
      }
    }
    this.expectOp('}');
    return { _type: 'Dict', keys, values, ...this.loc(s) };
  }

  private setRest(s: Start, first: A.Expr): A.Expr {
    if (this.isCompFor()) {
      const generators = this.comprehensions();
      this.starredComprehensionTarget(first);
      this.expectOp('}');
      return { _type: 'SetComp', elt: first, generators, ...this.loc(s) };
    }
    const elts = [first];
    while (this.isOp(',')) {
      const comma = this.next();
      if (this.isCompFor()) this.unparenthesizedTarget(elts, comma);
      if (this.isOp('}')) break;
      elts.push(this.starNamedExpression());
      if (this.isCompFor()) this.unparenthesizedTarget(elts, null);
    }
    this.expectOp('}');
    return { _type: 'Set', elts, ...this.loc(s) };
  }

  // ---- strings

  private strings(): A.Expr {
    const s = this.start();
    const parts: StrTok[] = [];
    while (this.tok().type === 'STRING') parts.push(splitString(this.next()));
    const pos = this.loc(s);
    const isBytes = parts[0].prefix.includes('b');
    for (const p of parts) {
      if (p.prefix.includes('b') !== isBytes) throw this.errorAtTok('cannot mix bytes and nonbytes literals', this.tok());
    }
    const decode = (p: StrTok, body: string): string => {
      if (p.prefix.includes('r')) return body;
      try {
        return decodeEscapes(body, isBytes);
      } catch (e) {
        if (!(e instanceof StringError)) throw e;
        if (e.message === '\\N{...} escapes') {
          throw this.error('\\N{...} escapes', p.tok.lineno, p.tok.col + 1, p.tok.endLineno, p.tok.endCol + 1, 'unsupported');
        }
        throw this.errorAtTok(e.message, this.tok());
      }
    };
    if (isBytes) {
      const bytes: number[] = [];
      for (const p of parts) {
        if (/[^\x00-\x7f]/.test(p.body)) throw this.errorAtTok('bytes can only contain ASCII literal characters', p.tok);
        const d = decode(p, p.body);
        for (let i = 0; i < d.length; i++) bytes.push(d.charCodeAt(i));
      }
      return { _type: 'Constant', value: { bytes }, kind: null, ...pos };
    }
    const kind = parts[0].tok.value[0] === 'u' ? 'u' : null;
    if (!parts.some((p) => p.prefix.includes('f'))) {
      let value = '';
      for (const p of parts) value += decode(p, p.body);
      return { _type: 'Constant', value, kind, ...pos };
    }
    const b = new FStringBuilder(kind, pos);
    for (const p of parts) {
      if (!p.prefix.includes('f')) b.lit += decode(p, p.body);
      else this.fstring(p, p.body, 0, b, decode);
    }
    return b.finish();
  }

  /** Parses f-string text (3.11 semantics) into builder `b`; returns the index where a format spec ended. */
  private fstring(p: StrTok, text: string, depth: number, b: FStringBuilder, decode: (p: StrTok, s: string) => string, from = 0): number {
    const raw = p.prefix.includes('r');
    const t = p.tok;
    const after = this.tok();
    const err = (msg: string): PySyntaxError => this.errorAtTok(msg.startsWith('f-string') ? msg : `f-string: ${msg}`, after);
    let i = from;
    const n = text.length;
    while (i < n) {
      // Literal part.
      let lit = '';
      while (i < n) {
        const c = text[i];
        if (c === '\\' && !raw && text[i + 1] === 'N' && text[i + 2] === '{') {
          const close = text.indexOf('}', i);
          lit += text.slice(i, close < 0 ? n : close + 1);
          i = close < 0 ? n : close + 1;
          continue;
        }
        if (c === '\\' && !raw && i + 1 < n) {
          lit += text.slice(i, i + 2);
          i += 2;
          continue;
        }
        if (c === '{' || c === '}') {
          if (depth === 0 && text[i + 1] === c) {
            lit += c;
            i += 2;
            continue;
          }
          break;
        }
        lit += c;
        i++;
      }
      b.lit += decode(p, lit);
      if (i >= n) break;
      if (text[i] === '}') {
        if (depth > 0) return i;
        throw err("single '}' is not allowed");
      }
      // Expression part: text[i] === '{'.
      if (depth >= 2) throw err('expressions nested too deeply');
      i++;
      const exprStart = i;
      const stack: string[] = [];
      let quote = '';
      let tripleQ = false;
      for (; i < n; i++) {
        const c = text[i];
        if (c === '\\') throw err('f-string expression part cannot include a backslash');
        if (quote) {
          if (c === quote && (!tripleQ || (text[i + 1] === c && text[i + 2] === c))) {
            if (tripleQ) i += 2;
            quote = '';
          }
          continue;
        }
        if (c === "'" || c === '"') {
          tripleQ = text[i + 1] === c && text[i + 2] === c;
          if (tripleQ) i += 2;
          quote = c;
          continue;
        }
        if (c === '[' || c === '(' || c === '{') {
          stack.push(c);
          continue;
        }
        if (c === '#') throw err("f-string expression part cannot include '#'");
        if (stack.length > 0 && (c === ']' || c === ')' || c === '}')) {
          const o = stack.pop();
          const want = o === '(' ? ')' : o === '[' ? ']' : '}';
          if (c !== want) throw err(`closing parenthesis '${c}' does not match opening parenthesis '${o}'`);
          continue;
        }
        if (stack.length === 0 && (c === ']' || c === ')')) throw err(`unmatched '${c}'`);
        if (stack.length === 0 && '!:}=<>'.includes(c)) {
          const nx = text[i + 1];
          if (nx === '=' && (c === '!' || c === '=' || c === '<' || c === '>')) {
            i++;
            continue;
          }
          if (c === '<' || c === '>') continue;
          break;
        }
      }
      if (quote) throw err('unterminated string');
      if (i >= n) throw err("expecting '}'");
      if (stack.length > 0) throw err("expecting '}'");
      const exprText = text.slice(exprStart, i);
      if (exprText.trim() === '') throw err('empty expression not allowed');
      const value = shiftPositions(this.fstringExpr(exprText, t), ...fstringExprStart(p, exprStart - 1));
      let selfDoc: string | null = null;
      if (text[i] === '=') {
        i++;
        while (i < n && /\s/.test(text[i])) i++;
        selfDoc = text.slice(exprStart, i);
      }
      let conversion = -1;
      if (text[i] === '!') {
        i++;
        const c = text[i];
        if (i >= n) throw err("expecting '}'");
        if (c !== 's' && c !== 'r' && c !== 'a') throw err("invalid conversion character: expected 's', 'r', or 'a'");
        conversion = c.charCodeAt(0);
        i++;
      }
      let format_spec: A.JoinedStr | null = null;
      if (i < n && text[i] === ':') {
        i++;
        const spec = new FStringBuilder(b.kind, b.pos);
        i = this.fstring(p, text, depth + 1, spec, decode, i);
        format_spec = spec.finish();
      }
      if (i >= n || text[i] !== '}') throw err("expecting '}'");
      i++;
      if (selfDoc !== null) {
        b.lit += selfDoc;
        if (conversion === -1 && format_spec === null) conversion = 114;
      }
      b.flush();
      b.values.push({ _type: 'FormattedValue', value, conversion, format_spec, ...b.pos });
    }
    if (depth > 0) throw err("expecting '}'");
    return i;
  }

  private fstringExpr(text: string, t: Token): A.Expr {
    const lx = tokenize(normalizeSource(`(${text})`), this.filename);
    const sub = new Parser(lx.tokens, lx.error, this.lines, this.filename, true);
    try {
      sub.p = 0;
      const e = sub.starExpressions();
      if (sub.tok().type !== 'NEWLINE' && sub.tok().type !== 'ENDMARKER') throw sub.fail();
      return e;
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      const msg = e.msg.startsWith('f-string: ') ? e.msg : `f-string: ${e.msg}`;
      throw new PySyntaxError(e.kind, msg, this.filename, t.lineno, t.col + 1, this.lines[t.lineno - 1] ?? '', t.endLineno, t.endCol + 1);
    }
  }
}

class FStringBuilder {
  lit = '';
  readonly values: (A.Constant | A.FormattedValue)[] = [];
  constructor(
    readonly kind: string | null,
    readonly pos: A.Pos,
  ) {}
  flush(): void {
    if (this.lit !== '') this.values.push({ _type: 'Constant', value: this.lit, kind: this.kind, ...this.pos });
    this.lit = '';
  }
  finish(): A.JoinedStr {
    this.flush();
    return { _type: 'JoinedStr', values: this.values, ...this.pos };
  }
}

// ---------------------------------------------------------------- target helpers

function exprName(e: A.Expr): string {
  switch (e._type) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Constant': {
      const v = e.value;
      if (v === null) return 'None';
      if (v === true) return 'True';
      if (v === false) return 'False';
      if (typeof v === 'object' && 'ellipsis' in v) return 'ellipsis';
      return 'literal';
    }
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    case 'Slice': return 'slice';
  }
}

function lastComprehensionItem(generators: A.Comprehension[]): A.Expr {
  const last = generators[generators.length - 1];
  return last.ifs.length ? last.ifs[last.ifs.length - 1] : last.iter;
}

function invalidTarget(e: A.Expr, kind: TargetKind): A.Expr | null {
  switch (e._type) {
    case 'Name': case 'Attribute': case 'Subscript': return null;
    case 'List': case 'Tuple':
      for (const x of e.elts) {
        const b = invalidTarget(x, kind);
        if (b) return b;
      }
      return null;
    case 'Starred':
      return kind === 'del' ? e : invalidTarget(e.value, kind);
    case 'Compare':
      if (kind === 'for' && e.ops[0]._type === 'In') return invalidTarget(e.left, kind);
      return e;
    default: return e;
  }
}

function applyCtx(e: A.Expr, ctx: A.ExprContext): void {
  switch (e._type) {
    case 'Name': case 'Attribute': case 'Subscript':
      e.ctx = ctx;
      return;
    case 'Starred':
      e.ctx = ctx;
      applyCtx(e.value, ctx);
      return;
    case 'List': case 'Tuple':
      e.ctx = ctx;
      for (const x of e.elts) applyCtx(x, ctx);
      return;
  }
}

function isBitwiseLevel(e: A.Expr): boolean {
  switch (e._type) {
    case 'BoolOp': case 'Compare': case 'IfExp': case 'Lambda': case 'NamedExpr': case 'Starred': case 'Yield': case 'YieldFrom':
      return false;
    case 'UnaryOp': return e.op._type !== 'Not';
    default: return true;
  }
}

/** CPython's symtable rejects yield in a comprehension's own scope (all but its first iterable);
 * ast.parse accepts it, so this runs at compile time, after parsing. */
export function checkComprehensionYield(mod: A.Module, source: string, filename: string): void {
  const lines = normalizeSource(source).split('\n');
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const walk = (node: any, comp: string | null): void => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) { for (const n of node) walk(n, comp); return; }
    switch (node._type) {
      case 'Yield': case 'YieldFrom':
        if (comp !== null) {
          throw new PySyntaxError('SyntaxError', `'yield' inside ${comp}`, filename, node.lineno, node.col_offset + 1,
            lines[node.lineno - 1] ?? '', node.end_lineno, node.end_col_offset + 1);
        }
        break;
      case 'ListComp': case 'SetComp': case 'DictComp': case 'GeneratorExp': {
        const inner = COMPREHENSION_NAMES[node._type as string];
        walk(node.generators[0].iter, comp);
        node.generators.forEach((g: A.Comprehension, i: number) => {
          walk(g.target, inner);
          if (i > 0) walk(g.iter, inner);
          walk(g.ifs, inner);
        });
        walk(node._type === 'DictComp' ? [node.key, node.value] : node.elt, inner);
        return;
      }
      case 'FunctionDef': case 'AsyncFunctionDef': case 'Lambda': case 'ClassDef':
        for (const k of Object.keys(node)) if (k !== 'body') walk(node[k], comp);
        walk(node.body, null);
        return;
    }
    for (const k of Object.keys(node)) if (k !== '_type') walk(node[k], comp);
  };
  walk(mod.body, null);
}

const COMPREHENSION_NAMES: Record<string, string> = {
  ListComp: 'list comprehension', SetComp: 'set comprehension', DictComp: 'dict comprehension', GeneratorExp: 'generator expression',
};

function isExcludedNamedTarget(e: A.Expr, p: Parser): boolean {
  if (e._type === 'List' || e._type === 'GeneratorExp') return true;
  if (e._type === 'Tuple') return p.isParenthesized(e);
  if (e._type === 'Constant' && (e.value === null || e.value === true || e.value === false)) return true;
  return false;
}

export function parse(source: string, filename: string): A.Module {
  const src = normalizeSource(source);
  const lx = tokenize(src, filename);
  const parser = new Parser(lx.tokens, lx.error, lx.lines, filename);
  try {
    return parser.parseModule();
  } catch (e) {
    if (!(e instanceof PySyntaxError) || !lx.error || e === lx.error.error || e.kind === 'unsupported') throw e;
    const le = lx.error;
    if (le.mode === 'raised') throw le.error;
    const reached = lx.tokens[Math.min(parser.maxPeek, lx.tokens.length - 1)];
    if (le.mode === 'eof' && le.parenLine < Math.max(e.lineno, reached.type === 'ERROR' ? 0 : reached.lineno)) throw le.error;
    throw e;
  }
}

/**
 * Where CPython 3.11 puts the first line of an f-string expression (fstring_find_expr_location):
 * the token's line plus the newlines before the '{'; the distance from the token's start (plus
 * the token's column) or from the last newline to the '{', or none when only whitespace follows
 * the '{' on its line.
 */
function fstringExprStart(p: StrTok, braceInBody: number): [number, number] {
  const text = p.tok.value;
  const quote = (text.length - p.prefix.length - p.body.length) / 2;
  const brace = p.prefix.length + quote + braceInBody;
  let j = brace + 1;
  while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\f')) j++;
  const newlineAfterBrace = j < text.length && (text[j] === '\n' || text[j] === '}');
  const cols = newlineAfterBrace ? 0 : Array.from(text.slice(text.lastIndexOf('\n', brace) + 1, brace)).length;
  let lines = 0;
  for (let k = 0; k < brace; k++) if (text[k] === '\n') lines++;
  return [p.tok.lineno + lines, lines ? cols : p.tok.col + cols];
}

/** Moves positions parsed from `(expr)` on its own line 1 to where the expression is in the file. */
function shiftPositions<T>(node: T, line: number, col: number): T {
  const visit = (n: unknown): void => {
    if (Array.isArray(n)) { n.forEach(visit); return; }
    if (!n || typeof n !== 'object') return;
    const o = n as Record<string, unknown>;
    if (typeof o.lineno === 'number') {
      if (o.lineno === 1) o.col_offset = (o.col_offset as number) + col;
      if (o.end_lineno === 1) o.end_col_offset = (o.end_col_offset as number) + col;
      o.lineno += line - 1;
      o.end_lineno = (o.end_lineno as number) + line - 1;
    }
    for (const k of Object.keys(o)) if (typeof o[k] === 'object') visit(o[k]);
  };
  visit(node);
  return node;
}

