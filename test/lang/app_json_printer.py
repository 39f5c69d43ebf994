# Realistic: hand-written JSON-like serializer, pretty printer and parser
def escape(s):
    out = []
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) > 0x7E:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'

def dumps(v, indent=2, level=0, sort_keys=False):
    pad, inner = " " * (indent * level), " " * (indent * (level + 1))
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, (int, float)):
        if isinstance(v, float) and v != v:
            raise ValueError("NaN is not allowed")
        return repr(v)
    if isinstance(v, str):
        return escape(v)
    if isinstance(v, (list, tuple)):
        if not v:
            return "[]"
        items = [inner + dumps(x, indent, level + 1, sort_keys) for x in v]
        return "[\n" + ",\n".join(items) + "\n" + pad + "]"
    if isinstance(v, dict):
        if not v:
            return "{}"
        keys = sorted(v) if sort_keys else list(v)
        items = [inner + escape(str(k)) + ": " + dumps(v[k], indent, level + 1, sort_keys) for k in keys]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    raise TypeError(f"Object of type {type(v).__name__} is not serializable")

class Parser:
    def __init__(self, text):
        self.t, self.i = text, 0

    def ws(self):
        while self.i < len(self.t) and self.t[self.i] in " \n\t\r":
            self.i += 1

    def value(self):
        self.ws()
        c = self.t[self.i]
        if c == "{":
            self.i += 1
            obj = {}
            self.ws()
            if self.t[self.i] == "}":
                self.i += 1
                return obj
            while True:
                self.ws()
                k = self.value()
                self.ws()
                assert self.t[self.i] == ":", f"expected ':' at {self.i}"
                self.i += 1
                obj[k] = self.value()
                self.ws()
                c = self.t[self.i]
                self.i += 1
                if c == "}":
                    return obj
        if c == "[":
            self.i += 1
            arr = []
            self.ws()
            if self.t[self.i] == "]":
                self.i += 1
                return arr
            while True:
                arr.append(self.value())
                self.ws()
                c = self.t[self.i]
                self.i += 1
                if c == "]":
                    return arr
        if c == '"':
            j = self.i + 1
            buf = []
            while self.t[j] != '"':
                if self.t[j] == "\\":
                    nxt = self.t[j + 1]
                    if nxt == "u":
                        buf.append(chr(int(self.t[j + 2:j + 6], 16)))
                        j += 6
                        continue
                    buf.append({"n": "\n", "t": "\t"}.get(nxt, nxt))
                    j += 2
                else:
                    buf.append(self.t[j])
                    j += 1
            self.i = j + 1
            return "".join(buf)
        for lit, val in (("true", True), ("false", False), ("null", None)):
            if self.t.startswith(lit, self.i):
                self.i += len(lit)
                return val
        j = self.i
        while j < len(self.t) and self.t[j] in "+-0123456789.eE":
            j += 1
        num = self.t[self.i:j]
        self.i = j
        return float(num) if any(ch in num for ch in ".eE") else int(num)

doc = {"name": "Widget \"Pro\"", "version": 3, "price": 19.99, "tags": ["a", "b\tc", "ü"],
       "active": True, "parent": None, "dims": {"w": 1.5, "h": 2, "deep": {"x": [], "y": {}}},
       "big": 2 ** 70, "neg": -0.5, "list": [1, [2, [3, []]]]}
text = dumps(doc)
print(text)
print(dumps(doc, indent=1, sort_keys=True)[:120])
back = Parser(text).value()
print(back == doc, back["name"], back["tags"], back["big"])
print(dumps([]), dumps({}), dumps("line\nbreak"), dumps((1, 2), indent=0))
for bad in [{1, 2}, float("nan"), {"k": object}]:
    try:
        dumps(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
