# Huffman codec: heapq with tie-breakers, bit packing into bytes, decoding, stats
import heapq
import itertools
from collections import Counter
from dataclasses import dataclass, field
from typing import Optional


@dataclass(order=True)
class Node:
    freq: int
    order: int
    sym: Optional[str] = field(default=None, compare=False)
    left: Optional["Node"] = field(default=None, compare=False, repr=False)
    right: Optional["Node"] = field(default=None, compare=False, repr=False)

    @property
    def leaf(self):
        return self.sym is not None


def build_tree(text):
    counts = Counter(text)
    tie = itertools.count()
    heap = [Node(f, next(tie), s) for s, f in sorted(counts.items())]
    heapq.heapify(heap)
    if len(heap) == 1:
        only = heapq.heappop(heap)
        return Node(only.freq, next(tie), None, only, None), counts
    while len(heap) > 1:
        a = heapq.heappop(heap)
        b = heapq.heappop(heap)
        heapq.heappush(heap, Node(a.freq + b.freq, next(tie), None, a, b))
    return heap[0], counts


def codes(node, prefix="", table=None):
    table = {} if table is None else table
    if node is None:
        return table
    if node.leaf:
        table[node.sym] = prefix or "0"
    else:
        codes(node.left, prefix + "0", table)
        codes(node.right, prefix + "1", table)
    return table


def pack(bits):
    pad = (8 - len(bits) % 8) % 8
    bits += "0" * pad
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8)), pad


def unpack(data, pad):
    bits = "".join(f"{b:08b}" for b in data)
    return bits[: len(bits) - pad] if pad else bits


def decode(bits, root):
    out, node = [], root
    for b in bits:
        node = node.left if b == "0" else node.right
        if node.leaf:
            out.append(node.sym)
            node = root
    return "".join(out)


SAMPLES = [
    "abracadabra",
    "aaaaaaaa",
    "the quick brown fox jumps over the lazy dog",
    "mississippi river ☃☃ snow",
    "ab" * 20 + "c",
]
for text in SAMPLES:
    root, counts = build_tree(text)
    table = codes(root)
    bits = "".join(table[c] for c in text)
    data, pad = pack(bits)
    back = decode(unpack(data, pad), root)
    raw = len(text.encode("utf-8")) * 8
    print(f"{text[:24]!r:28} syms={len(counts):2d} bits={len(bits):4d} bytes={len(data):3d} pad={pad} "
          f"ratio={len(bits) / raw:6.2%} ok={back == text}")
    top = sorted(table.items(), key=lambda kv: (len(kv[1]), kv[0]))[:4]
    print("   ", ", ".join(f"{s!r}:{c}" for s, c in top), data[:6].hex(" "), root)
    weighted = sum(counts[s] * len(c) for s, c in table.items())
    assert weighted == len(bits), (weighted, len(bits))

prefix_free = all(not b.startswith(a) for a, b in itertools.permutations(codes(build_tree(SAMPLES[2])[0]).values(), 2))
print("prefix free:", prefix_free)
n1, n2 = Node(3, 1, "x"), Node(3, 2, "y")
print(n1 < n2, n1 == Node(3, 1, "z"), sorted([n2, n1]) == [n1, n2], max(n1, n2).sym)
print(bytes([0b10110000]), pack("1011"), unpack(b"\xb0", 4), int("0" * 8, 2), format(5, "08b"), bin(256)[2:].zfill(12))
entropy_terms = []
import math
c = Counter("abracadabra")
total = sum(c.values())
H = -sum(v / total * math.log2(v / total) for v in c.values())
print(f"entropy {H:.6f} bits/sym, min bits {math.ceil(H * total)}")
print(c.most_common(2), c.total(), +Counter(a=1, b=-2), Counter("aab") - Counter("abc"), Counter("ab") | Counter("bcc"))
