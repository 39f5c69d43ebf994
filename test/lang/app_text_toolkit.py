# Text processing with str methods: frequency, wrapping, justification, ciphers, RLE, anagrams
from collections import Counter, defaultdict, OrderedDict
import string

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""


def words(text):
    table = str.maketrans("", "", string.punctuation)
    return text.translate(table).lower().split()


def wrap(text, width):
    lines, cur = [], []
    for w in text.split():
        if cur and len(" ".join(cur + [w])) > width:
            lines.append(cur)
            cur = [w]
        else:
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


def justify(line_words, width):
    if len(line_words) == 1:
        return line_words[0].ljust(width)
    gaps = len(line_words) - 1
    spaces = width - sum(map(len, line_words))
    q, r = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(line_words[:-1]):
        out += w + " " * (q + (1 if i < r else 0))
    return out + line_words[-1]


def caesar(s, k):
    lo, up = string.ascii_lowercase, string.ascii_uppercase
    tbl = str.maketrans(lo + up, lo[k:] + lo[:k] + up[k:] + up[:k])
    return s.translate(tbl)


def vigenere(s, key, decrypt=False):
    out = []
    ki = 0
    for ch in s:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            shift = ord(key[ki % len(key)].lower()) - ord("a")
            if decrypt:
                shift = -shift
            out.append(chr((ord(ch) - base + shift) % 26 + base))
            ki += 1
        else:
            out.append(ch)
    return "".join(out)


def rle(s):
    if not s:
        return ""
    out = []
    prev, n = s[0], 1
    for c in s[1:]:
        if c == prev:
            n += 1
        else:
            out.append(f"{n}{prev}" if n > 1 else prev)
            prev, n = c, 1
    out.append(f"{n}{prev}" if n > 1 else prev)
    return "".join(out)


def unrle(s):
    out, num = [], ""
    for c in s:
        if c.isdigit():
            num += c
        else:
            out.append(c * int(num or "1"))
            num = ""
    return "".join(out)


def is_palindrome(s):
    t = [c.casefold() for c in s if c.isalnum()]
    return t == t[::-1]


ws = words(TEXT)
cnt = Counter(ws)
print(len(ws), len(cnt))
for w, n in cnt.most_common(6):
    print(f"{w!r:>12} {n:3d} {'#' * n}")
print(sorted(cnt.items(), key=lambda kv: (-kv[1], kv[0]))[:8])
print(cnt["was"], cnt["missing"], sum(cnt.values()), (cnt & Counter(was=3, it=20)))
print("+".join(sorted(sorted(set(ws)), key=len, reverse=True)[:5]))

for ln in wrap(TEXT, 36):
    print("|" + justify(ln, 36) + "|")
print("|" + " ".join(wrap(TEXT, 36)[0]).center(40, "*") + "|")
print("|" + "end".rjust(10, ".") + "|" + "x".zfill(5) + "|" + "-42".zfill(6) + "|")

msg = "Attack at Dawn, Zebra!"
enc = caesar(msg, 3)
print(enc, "->", caesar(enc, 23))
v = vigenere(msg, "LEMON")
print(v, "->", vigenere(v, "LEMON", decrypt=True))

for s in ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "aabcccdddd", ""]:
    e = rle(s)
    print(repr(e), unrle(e) == s)

for s in ["A man, a plan, a canal: Panama", "No 'x' in Nixon", "hello", "Was it a car or a cat I saw?"]:
    print(f"{s!r:40} {is_palindrome(s)}")

groups = defaultdict(list)
for w in ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]:
    groups["".join(sorted(w))].append(w)
for k, v in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
    print(k, v)

print("Hello World".swapcase(), "hello world".title(), "ß".upper(), "İ".lower().encode())
print("a,b,,c".split(","), "a b  c ".split(), "  x y ".strip().partition(" "), "k=v=w".rpartition("="))
print("tab\there".expandtabs(8), "line1\nline2\r\nline3".splitlines(), "line1\nline2\n".splitlines(True))
print("abc".find("c"), "abc".rfind("z"), "banana".count("an"), "banana".replace("a", "o", 2))
print("Straße".casefold() == "STRASSE".casefold(), "x".isidentifier(), "3".isdecimal(), "½".isnumeric())
od = OrderedDict.fromkeys("hello")
od.move_to_end("h")
print(list(od), od.popitem(last=False))
print(string.capwords("the quick  brown fox"), string.ascii_letters[20:30], string.digits + string.hexdigits)
