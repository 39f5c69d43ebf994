# A hand-written JSON parser with line/column error reporting, compared against json.loads, plus a
# pretty printer with a width limit and a structural diff of two documents
import json


class ParseError(ValueError):
    def __init__(self, msg, text, pos):
        line = text.count("\n", 0, pos) + 1
        col = pos - (text.rfind("\n", 0, pos) + 1) + 1
        super().__init__(f"{msg}: line {line} column {col} (char {pos})")
        self.pos, self.line, self.col = pos, line, col


class Parser:
    ESC = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}

    def __init__(self, text):
        self.text, self.i = text, 0

    def error(self, msg, pos=None):
        raise ParseError(msg, self.text, self.i if pos is None else pos)

    def ws(self):
        while self.i < len(self.text) and self.text[self.i] in " \t\r\n":
            self.i += 1

    def parse(self):
        self.ws()
        v = self.value()
        self.ws()
        if self.i != len(self.text):
            self.error("Extra data")
        return v

    def value(self):
        self.ws()
        if self.i >= len(self.text):
            self.error("Expecting value")
        c = self.text[self.i]
        if c == "{":
            return self.obj()
        if c == "[":
            return self.arr()
        if c == '"':
            return self.string()
        for lit, val in (("true", True), ("false", False), ("null", None)):
            if self.text.startswith(lit, self.i):
                self.i += len(lit)
                return val
        return self.number()

    def obj(self):
        self.i += 1
        out = {}
        self.ws()
        if self.text[self.i:self.i + 1] == "}":
            self.i += 1
            return out
        while True:
            self.ws()
            if self.text[self.i:self.i + 1] != '"':
                self.error("Expecting property name enclosed in double quotes")
            k = self.string()
            self.ws()
            if self.text[self.i:self.i + 1] != ":":
                self.error("Expecting ':' delimiter")
            self.i += 1
            out[k] = self.value()
            self.ws()
            c = self.text[self.i:self.i + 1]
            self.i += 1
            if c == "}":
                return out
            if c != ",":
                self.error("Expecting ',' delimiter", self.i - 1)

    def arr(self):
        self.i += 1
        out = []
        self.ws()
        if self.text[self.i:self.i + 1] == "]":
            self.i += 1
            return out
        while True:
            out.append(self.value())
            self.ws()
            c = self.text[self.i:self.i + 1]
            self.i += 1
            if c == "]":
                return out
            if c != ",":
                self.error("Expecting ',' delimiter", self.i - 1)

    def string(self):
        start = self.i
        self.i += 1
        buf = []
        while True:
            if self.i >= len(self.text):
                self.error("Unterminated string starting at", start)
            c = self.text[self.i]
            if c == '"':
                self.i += 1
                return "".join(buf)
            if c == "\\":
                e = self.text[self.i + 1:self.i + 2]
                if e == "u":
                    code = int(self.text[self.i + 2:self.i + 6], 16)
                    self.i += 6
                    if 0xD800 <= code < 0xDC00 and self.text.startswith("\\u", self.i):
                        low = int(self.text[self.i + 2:self.i + 6], 16)
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        self.i += 6
                    buf.append(chr(code))
                    continue
                if e not in self.ESC:
                    self.error("Invalid \\escape", self.i)
                buf.append(self.ESC[e])
                self.i += 2
                continue
            if ord(c) < 0x20:
                self.error("Invalid control character at", self.i)
            buf.append(c)
            self.i += 1

    def number(self):
        start = self.i
        t = self.text
        if t[self.i:self.i + 1] == "-":
            self.i += 1
        if not t[self.i:self.i + 1].isdigit():
            self.error("Expecting value", start)
        if t[self.i] == "0":
            self.i += 1
        else:
            while self.i < len(t) and t[self.i].isdigit():
                self.i += 1
        is_float = False
        if t[self.i:self.i + 1] == "." and t[self.i + 1:self.i + 2].isdigit():
            is_float = True
            self.i += 1
            while self.i < len(t) and t[self.i].isdigit():
                self.i += 1
        if t[self.i:self.i + 1] in ("e", "E"):
            j = self.i + 1
            if t[j:j + 1] in ("+", "-"):
                j += 1
            if t[j:j + 1].isdigit():
                is_float = True
                self.i = j
                while self.i < len(t) and t[self.i].isdigit():
                    self.i += 1
        s = t[start:self.i]
        return float(s) if is_float else int(s)


def pretty(v, width=40, indent=0):
    flat = json.dumps(v, ensure_ascii=False)
    if len(flat) + indent <= width or not isinstance(v, (list, dict)) or not v:
        return flat
    pad = " " * (indent + 2)
    if isinstance(v, list):
        inner = [pad + pretty(x, width, indent + 2) for x in v]
        return "[\n" + ",\n".join(inner) + "\n" + " " * indent + "]"
    inner = [f"{pad}{json.dumps(k, ensure_ascii=False)}: {pretty(x, width, indent + 2 + len(k) + 4)}" for k, x in v.items()]
    return "{\n" + ",\n".join(inner) + "\n" + " " * indent + "}"


def diff(a, b, path="$"):
    if type(a) is not type(b):
        yield f"{path}: type {type(a).__name__} -> {type(b).__name__}"
    elif isinstance(a, dict):
        for k in sorted(a.keys() | b.keys()):
            if k not in b:
                yield f"{path}.{k}: removed"
            elif k not in a:
                yield f"{path}.{k}: added {b[k]!r}"
            else:
                yield from diff(a[k], b[k], f"{path}.{k}")
    elif isinstance(a, list):
        for i, (x, y) in enumerate(zip(a, b)):
            yield from diff(x, y, f"{path}[{i}]")
        if len(a) != len(b):
            yield f"{path}: length {len(a)} -> {len(b)}"
    elif a != b:
        yield f"{path}: {a!r} -> {b!r}"


DOCS = [
    '{"name": "Widget", "tags": ["a", "b"], "price": 12.50, "stock": 0, "dims": {"w": 1e2, "h": -3.5E-1}, "ok": true, "none": null}',
    '[1, -0, 0.5, 10, 1.5e300, "esc: \\" \\\\ \\/ \\n \\u00e9 \\ud83d\\ude00", [], {}, [[[]]]]',
    '  "just a string"  ',
    '{"a": 1,}',
    '[1, 2',
    '{"a" 1}',
    '[1 2]',
    '{"x": "bad \\q escape"}',
    '"unterminated',
    '[01]',
    '{"nested": {"list": [true, false, nul]}}',
    '  ',
    '[1]  x',
    '{1: 2}',
    '-',
]
for doc in DOCS:
    mine = theirs = None
    try:
        mine = ("ok", Parser(doc).parse())
    except ParseError as e:
        mine = ("err", str(e))
    try:
        theirs = ("ok", json.loads(doc))
    except json.JSONDecodeError as e:
        theirs = ("err", str(e))
    agree = mine == theirs
    print(f"{doc[:34]!r:<38} {'agree' if agree else 'DIFFER'}  {mine[1]!r:.60}")
    if not agree:
        print("    json:", theirs)
doc = Parser(DOCS[0]).parse()
print(pretty(doc, width=30))
print(pretty(Parser(DOCS[1]).parse(), width=20))
changed = json.loads(DOCS[0])
changed["price"] = 13
changed["tags"].append("c")
changed["dims"]["d"] = 4
del changed["none"]
changed["ok"] = "yes"
print("\n".join(diff(doc, changed)))
