# A command interpreter for a toy file system: match statements over parsed commands, dataclasses,
# path handling with str methods, recursion, error reporting, history with deque
from dataclasses import dataclass, field
from collections import deque


class FSError(Exception):
    pass


@dataclass
class File:
    name: str
    data: str = ""

    @property
    def size(self):
        return len(self.data.encode())


@dataclass
class Dir:
    name: str
    children: dict = field(default_factory=dict)

    @property
    def size(self):
        return sum(c.size for c in self.children.values())


def split_args(line):
    args, cur, quote = [], "", None
    for ch in line:
        if quote:
            if ch == quote:
                quote = None
            else:
                cur += ch
        elif ch in "'\"":
            quote = ch
        elif ch.isspace():
            if cur:
                args.append(cur)
                cur = ""
        else:
            cur += ch
    if quote:
        raise FSError(f"unterminated quote {quote}")
    if cur:
        args.append(cur)
    return args


class Shell:
    def __init__(self):
        self.root = Dir("")
        self.cwd = []
        self.history = deque(maxlen=5)

    def resolve(self, path):
        parts = [] if path.startswith("/") else list(self.cwd)
        for p in path.split("/"):
            match p:
                case "" | ".":
                    continue
                case "..":
                    if parts:
                        parts.pop()
                case name:
                    parts.append(name)
        return parts

    def lookup(self, parts):
        node = self.root
        for i, p in enumerate(parts):
            if not isinstance(node, Dir):
                raise FSError(f"/{'/'.join(parts[:i])}: not a directory")
            if p not in node.children:
                raise FSError(f"/{'/'.join(parts[:i + 1])}: no such file or directory")
            node = node.children[p]
        return node

    def parent_and_name(self, path):
        parts = self.resolve(path)
        if not parts:
            raise FSError("cannot operate on /")
        parent = self.lookup(parts[:-1])
        if not isinstance(parent, Dir):
            raise FSError(f"{'/'.join(parts[:-1])}: not a directory")
        return parent, parts[-1]

    def tree(self, node, indent=0):
        out = []
        for name in sorted(node.children):
            child = node.children[name]
            if isinstance(child, Dir):
                out.append(f"{'  ' * indent}{name}/ ({child.size}B)")
                out.extend(self.tree(child, indent + 1))
            else:
                out.append(f"{'  ' * indent}{name} ({child.size}B)")
        return out

    def run(self, line):
        self.history.append(line)
        match split_args(line):
            case []:
                return None
            case ["pwd"]:
                return "/" + "/".join(self.cwd)
            case ["mkdir", *paths] if paths:
                for p in paths:
                    parent, name = self.parent_and_name(p)
                    if name in parent.children:
                        raise FSError(f"{p}: exists")
                    parent.children[name] = Dir(name)
                return None
            case ["cd"]:
                self.cwd = []
            case ["cd", path]:
                parts = self.resolve(path)
                if not isinstance(self.lookup(parts), Dir):
                    raise FSError(f"{path}: not a directory")
                self.cwd = parts
            case ["write", path, *words]:
                parent, name = self.parent_and_name(path)
                node = parent.children.get(name)
                if isinstance(node, Dir):
                    raise FSError(f"{path}: is a directory")
                parent.children[name] = File(name, " ".join(words))
            case ["append", path, text]:
                node = self.lookup(self.resolve(path))
                match node:
                    case File(data=old):
                        node.data = old + text
                    case Dir():
                        raise FSError(f"{path}: is a directory")
            case ["cat", path]:
                node = self.lookup(self.resolve(path))
                if isinstance(node, Dir):
                    raise FSError(f"{path}: is a directory")
                return node.data
            case ["ls"] | ["ls", _] as cmd:
                node = self.lookup(self.resolve(cmd[1] if len(cmd) > 1 else "."))
                if isinstance(node, File):
                    return node.name
                return "  ".join(n + ("/" if isinstance(c, Dir) else "") for n, c in sorted(node.children.items()))
            case ["rm", "-r", path]:
                parent, name = self.parent_and_name(path)
                if parent.children.pop(name, None) is None:
                    raise FSError(f"{path}: no such file or directory")
            case ["rm", path]:
                parent, name = self.parent_and_name(path)
                node = parent.children.get(name)
                if isinstance(node, Dir) and node.children:
                    raise FSError(f"{path}: directory not empty")
                if node is None:
                    raise FSError(f"{path}: no such file or directory")
                del parent.children[name]
            case ["tree"]:
                return "\n".join(self.tree(self.lookup(self.cwd)))
            case ["du"]:
                return f"{self.lookup(self.cwd).size} bytes"
            case ["history"]:
                return " | ".join(self.history)
            case [cmd, *rest]:
                raise FSError(f"{cmd}: unknown command or bad arguments ({len(rest)} given)")
        return None


sh = Shell()
SCRIPT = """mkdir docs src src/lib
write docs/readme.txt Hello from the "toy shell"
write src/main.py print('hi')
cd src
write lib/util.py 'def helper(): pass'
append ../docs/readme.txt "!!"
pwd
ls
ls ..
cat ../docs/readme.txt
cd lib
pwd
cat util.py
cd ../..
tree
du
mkdir docs
cat docs
cd docs/readme.txt
rm src
rm -r src
ls
write /docs "x"
cat nowhere/file
frobnicate a b
write 'unterminated
ls docs/readme.txt
history"""
for line in SCRIPT.splitlines():
    try:
        out = sh.run(line)
        print(f"$ {line}")
        if out:
            print(out)
    except FSError as e:
        print(f"$ {line}\n  error: {e}")
print(sh.root.size, len(sh.history), sh.history.maxlen, list(sh.history)[0])
