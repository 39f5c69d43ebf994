# Realistic: text statistics — word frequencies, sentence splitting, justification, wrapping
from collections import Counter
import itertools

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness. It was the spring of hope!
It was the winter of despair? We had everything before us; we had nothing before us."""

def words(text):
    out, cur = [], []
    for ch in text.lower():
        if ch.isalpha() or ch == "'":
            cur.append(ch)
        elif cur:
            out.append("".join(cur))
            cur = []
    if cur:
        out.append("".join(cur))
    return out

def sentences(text):
    result, cur = [], []
    for ch in text.replace("\n", " "):
        cur.append(ch)
        if ch in ".!?":
            result.append("".join(cur).strip())
            cur = []
    if "".join(cur).strip():
        result.append("".join(cur).strip())
    return result

def wrap(text, width):
    lines, line = [], ""
    for w in text.split():
        if line and len(line) + 1 + len(w) > width:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}" if line else w
    if line:
        lines.append(line)
    return lines

def justify(line, width):
    ws = line.split()
    if len(ws) == 1:
        return line.ljust(width)
    gaps = len(ws) - 1
    spaces = width - sum(map(len, ws))
    q, r = divmod(spaces, gaps)
    return "".join(w + " " * (q + (i < r)) for i, w in enumerate(ws[:-1])) + ws[-1]

ws = words(TEXT)
print("words:", len(ws), "unique:", len(set(ws)), "chars:", len(TEXT))
freq = Counter(ws)
for w, c in freq.most_common(6):
    print(f"{w:<8}{c:>3} {'*' * c}")
print("longest:", sorted({w for w in ws if len(w) == max(map(len, ws))}))
by_len = {k: sorted(set(g)) for k, g in itertools.groupby(sorted(ws, key=len), key=len)}
print({k: len(v) for k, v in by_len.items()})
for i, s in enumerate(sentences(TEXT), 1):
    print(i, s[:50] + ("..." if len(s) > 50 else ""))
for line in wrap(TEXT, 36):
    print("|" + justify(line, 36) + "|")
letters = Counter(ch for ch in TEXT.lower() if ch.isalpha())
print("".join(ch for ch, _ in sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:10]))
vowels = sum(letters[v] for v in "aeiou")
print("vowels", vowels, "consonants", sum(letters.values()) - vowels)
bigrams = Counter(zip(ws, ws[1:]))
print(sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
print("capitalized:", [w for w in TEXT.split() if w[0].isupper()])
