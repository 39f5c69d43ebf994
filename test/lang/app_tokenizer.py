# Realistic: a hand-written tokenizer for a small expression language
from typing import List, NamedTuple

class Token(NamedTuple):
    kind: str
    text: str
    line: int
    col: int

KEYWORDS = {"let", "if", "else", "while", "print", "fn", "return"}
OPERATORS = ["==", "!=", "<=", ">=", "&&", "||", "->", "+", "-", "*", "/", "%", "=", "<", ">", "!", "(", ")", "{", "}", ",", ";"]

class LexError(Exception):
    pass

def tokenize(src: str) -> List[Token]:
    tokens = []
    i, line, col = 0, 1, 1
    n = len(src)
    while i < n:
        ch = src[i]
        if ch == "\n":
            i += 1; line += 1; col = 1
            continue
        if ch.isspace():
            i += 1; col += 1
            continue
        if ch == "#":
            while i < n and src[i] != "\n":
                i += 1
            continue
        start_col = col
        if ch.isdigit():
            j = i
            while j < n and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            kind = "FLOAT" if "." in text else "INT"
            if text.count(".") > 1:
                raise LexError(f"bad number {text!r} at {line}:{start_col}")
        elif ch.isalpha() or ch == "_":
            j = i
            while j < n and (src[j].isalnum() or src[j] == "_"):
                j += 1
            text = src[i:j]
            kind = "KEYWORD" if text in KEYWORDS else "IDENT"
        elif ch == '"':
            j = i + 1
            buf = []
            while j < n and src[j] != '"':
                if src[j] == "\\" and j + 1 < n:
                    buf.append({"n": "\n", "t": "\t"}.get(src[j + 1], src[j + 1]))
                    j += 2
                else:
                    buf.append(src[j])
                    j += 1
            if j >= n:
                raise LexError(f"unterminated string at {line}:{start_col}")
            j += 1
            text = "".join(buf)
            kind = "STRING"
        else:
            for op in OPERATORS:
                if src.startswith(op, i):
                    text = op
                    j = i + len(op)
                    kind = "OP"
                    break
            else:
                raise LexError(f"unexpected character {ch!r} at {line}:{start_col}")
        tokens.append(Token(kind, text, line, start_col))
        col += j - i
        i = j
    tokens.append(Token("EOF", "", line, col))
    return tokens

program = '''let x = 42;  # the answer
let name = "Ada\\tLovelace";
fn add(a, b) -> { return a + b; }
if (x >= 10 && x != 3.5) { print(add(x, 1)); } else { print("small"); }
while (x > 0) { x = x - 7 % 3; }
'''
toks = tokenize(program)
for t in toks:
    print(f"{t.line}:{t.col:<3} {t.kind:<8} {t.text!r}")
counts = {}
for t in toks:
    counts[t.kind] = counts.get(t.kind, 0) + 1
print(sorted(counts.items()))
for bad in ['let s = "open', "x = 1.2.3;", "y = 5 @ 2;"]:
    try:
        tokenize(bad)
    except LexError as e:
        print("LexError:", e)
