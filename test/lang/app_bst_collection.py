# Binary search tree collection: insert/delete/search, in/pre/post/level order iterators, rank/select,
# __contains__/__len__/__iter__/__reversed__/__getitem__, height balance report, pretty printer
from collections import deque
import random


class _Node:
    __slots__ = ("key", "val", "left", "right", "size")

    def __init__(self, key, val):
        self.key, self.val = key, val
        self.left = self.right = None
        self.size = 1


def _size(n):
    return n.size if n else 0


class TreeMap:
    def __init__(self, items=()):
        self.root = None
        for k, v in items:
            self[k] = v

    def __len__(self):
        return _size(self.root)

    def __setitem__(self, key, val):
        def put(n):
            if n is None:
                return _Node(key, val)
            if key < n.key:
                n.left = put(n.left)
            elif key > n.key:
                n.right = put(n.right)
            else:
                n.val = val
            n.size = 1 + _size(n.left) + _size(n.right)
            return n
        self.root = put(self.root)

    def __getitem__(self, key):
        if isinstance(key, slice):
            return [(k, v) for k, v in self.items() if (key.start is None or k >= key.start) and (key.stop is None or k < key.stop)]
        n = self.root
        while n:
            if key == n.key:
                return n.val
            n = n.left if key < n.key else n.right
        raise KeyError(key)

    def __contains__(self, key):
        try:
            self[key]
            return True
        except KeyError:
            return False

    def __delitem__(self, key):
        def min_node(n):
            while n.left:
                n = n.left
            return n

        def delete(n, key):
            if n is None:
                raise KeyError(key)
            if key < n.key:
                n.left = delete(n.left, key)
            elif key > n.key:
                n.right = delete(n.right, key)
            else:
                if n.left is None:
                    return n.right
                if n.right is None:
                    return n.left
                m = min_node(n.right)
                n.key, n.val = m.key, m.val
                n.right = delete(n.right, m.key)
            n.size = 1 + _size(n.left) + _size(n.right)
            return n
        self.root = delete(self.root, key)

    def __iter__(self):
        stack, n = [], self.root
        while stack or n:
            while n:
                stack.append(n)
                n = n.left
            n = stack.pop()
            yield n.key
            n = n.right

    def __reversed__(self):
        def walk(n):
            if n:
                yield from walk(n.right)
                yield n.key
                yield from walk(n.left)
        return walk(self.root)

    def items(self):
        return ((k, self[k]) for k in self)

    def preorder(self):
        out, stack = [], [self.root] if self.root else []
        while stack:
            n = stack.pop()
            out.append(n.key)
            stack.extend(c for c in (n.right, n.left) if c)
        return out

    def postorder(self):
        def walk(n):
            return walk(n.left) + walk(n.right) + [n.key] if n else []
        return walk(self.root)

    def levels(self):
        out, q = [], deque([(self.root, 0)] if self.root else [])
        while q:
            n, d = q.popleft()
            if len(out) <= d:
                out.append([])
            out[d].append(n.key)
            q.extend((c, d + 1) for c in (n.left, n.right) if c)
        return out

    def height(self, n=...):
        n = self.root if n is ... else n
        return 0 if n is None else 1 + max(self.height(n.left), self.height(n.right))

    def rank(self, key):
        r, n = 0, self.root
        while n:
            if key < n.key:
                n = n.left
            elif key > n.key:
                r += 1 + _size(n.left)
                n = n.right
            else:
                return r + _size(n.left)
        return r

    def select(self, i):
        if not 0 <= i < len(self):
            raise IndexError(f"select index {i} out of range for {len(self)} keys")
        n = self.root
        while True:
            ls = _size(n.left)
            if i < ls:
                n = n.left
            elif i > ls:
                i -= ls + 1
                n = n.right
            else:
                return n.key

    def floor(self, key):
        best, n = None, self.root
        while n:
            if n.key == key:
                return key
            if n.key < key:
                best, n = n.key, n.right
            else:
                n = n.left
        return best

    def render(self):
        lines = []

        def walk(n, prefix, is_left):
            if n is None:
                return
            walk(n.right, prefix + ("│   " if is_left else "    "), False)
            lines.append(prefix + ("└── " if is_left else "┌── ") + str(n.key))
            walk(n.left, prefix + ("    " if is_left else "│   "), True)
        walk(self.root, "", True)
        return "\n".join(lines)


rng = random.Random(99)
keys = rng.sample(range(100), 15)
t = TreeMap((k, k * k) for k in keys)
print("keys", keys)
print("inorder", list(t))
print("reversed", list(reversed(t))[:5], "len", len(t), "height", t.height())
print("pre", t.preorder())
print("post", t.postorder())
print("levels", t.levels())
print(t.render())
print(t[keys[0]], keys[3] in t, 1000 in t, t[20:50], t.rank(50), t.select(0), t.select(len(t) - 1), t.floor(50), t.floor(-1))
for k in keys[:5]:
    del t[k]
print("after delete", list(t), len(t), t.height())
for bad in (lambda: t[1000], lambda: t.__delitem__(keys[0]), lambda: t.select(99)):
    try:
        bad()
    except (KeyError, IndexError) as e:
        print(type(e).__name__, e)
t[keys[5]] = "replaced"
print(t[keys[5]], dict(t.items()) == {k: (k * k if k != keys[5] else "replaced") for k in keys[5:]}, sorted(keys[5:]) == list(t))
words = TreeMap((w, i) for i, w in enumerate("the quick brown fox jumps over the lazy dog".split()))
print(list(words), words["the"], len(words), words.levels(), words.floor("m"), words.rank("over"))
