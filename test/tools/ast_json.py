"""Dump CPython's AST of a file as JSON: the reference shape for Yieldpoint's parser.

Node: {"_type": ClassName, <fields in ast order>, "lineno", "col_offset", "end_lineno", "end_col_offset"}
(positions only on nodes that have them; columns are in characters, not UTF-8 bytes).
Constant values: None -> null, bool -> true/false, str -> string,
int -> {"int": "decimal"}, float -> {"float": "repr"}, complex -> {"complex": "repr"},
bytes -> {"bytes": [ints]}, Ellipsis -> {"ellipsis": true}.
Usage: python3 ast_json.py FILE  (prints JSON on one line)
"""
import ast, json, sys

def conv_col(lines, lineno, col):
    if lineno is None or col is None or lineno < 1 or lineno > len(lines):
        return col
    return len(lines[lineno - 1].encode('utf-8')[:col].decode('utf-8', 'replace'))

def const(v):
    if v is None or isinstance(v, (bool, str)):
        return v
    if isinstance(v, int):
        return {"int": str(v)}
    if isinstance(v, float):
        return {"float": repr(v)}
    if isinstance(v, complex):
        return {"complex": repr(v)}
    if isinstance(v, bytes):
        return {"bytes": list(v)}
    if v is Ellipsis:
        return {"ellipsis": True}
    raise TypeError(type(v))

def dump(node, lines):
    if isinstance(node, list):
        return [dump(n, lines) for n in node]
    if not isinstance(node, ast.AST):
        return node
    out = {"_type": type(node).__name__}
    for f in node._fields:
        v = getattr(node, f, None)
        if isinstance(node, ast.Constant) and f == "value":
            out[f] = const(v)
        elif isinstance(node, ast.Constant) and f == "kind":
            out[f] = v
        else:
            out[f] = dump(v, lines)
    for a in ("lineno", "col_offset", "end_lineno", "end_col_offset"):
        if hasattr(node, a):
            out[a] = getattr(node, a)
    if "col_offset" in out:
        out["col_offset"] = conv_col(lines, out.get("lineno"), out["col_offset"])
    if out.get("end_col_offset") is not None:
        out["end_col_offset"] = conv_col(lines, out.get("end_lineno"), out["end_col_offset"])
    return out

if __name__ == "__main__":
    src = open(sys.argv[1], encoding="utf-8").read()
    tree = ast.parse(src, sys.argv[1])
    print(json.dumps(dump(tree, src.splitlines(True))))
