# Markov chain text generator: bigram/trigram tables with defaultdict(Counter), seeded random.choices,
# sentence assembly and capitalisation, statistics tables, most_common ties, Counter arithmetic
import random
from collections import defaultdict, Counter
import itertools

CORPUS = """
The cat sat on the mat. The dog sat on the log. The cat saw the dog.
The dog chased the cat around the mat. A bird sat on the dog.
The mat was red and the log was brown. The bird sang and the cat slept.
A dog and a cat and a bird sat together on the big red mat.
"""


def tokenize(text):
    out = []
    for raw in text.split():
        word = raw.strip(".,!?").lower()
        if word:
            out.append(word)
        if raw.endswith((".", "!", "?")):
            out.append("<end>")
    return out


tokens = tokenize(CORPUS)
print(len(tokens), "tokens;", len(set(tokens)), "types")
unigrams = Counter(tokens)
bigrams = defaultdict(Counter)
trigrams = defaultdict(Counter)
for a, b in zip(tokens, tokens[1:]):
    bigrams[a][b] += 1
for a, b, c in zip(tokens, tokens[1:], tokens[2:]):
    trigrams[(a, b)][c] += 1

print("top unigrams", unigrams.most_common(5))
print("after 'the'", sorted(bigrams["the"].items(), key=lambda kv: (-kv[1], kv[0])))
print("after ('sat','on')", dict(trigrams[("sat", "on")]))
print("bigram entries", sum(len(v) for v in bigrams.values()), "trigram contexts", len(trigrams))

rng = random.Random(11)


def generate(max_words=14):
    starts = [b for (a, b), c in trigrams.items() if a == "<end>"] + ["the"]
    w1 = "<end>"
    w2 = rng.choice(sorted(set(starts)))
    words = [w2]
    while len(words) < max_words:
        options = trigrams.get((w1, w2)) or bigrams.get(w2)
        if not options:
            break
        keys = sorted(options)
        nxt = rng.choices(keys, weights=[options[k] for k in keys])[0]
        if nxt == "<end>":
            break
        words.append(nxt)
        w1, w2 = w2, nxt
    return " ".join(words).capitalize() + "."


for i in range(6):
    print(f"{i + 1}. {generate()}")

probs = {w: c / len(tokens) for w, c in unigrams.items()}
print(f"{'word':<10}{'count':>6}{'p':>9}{'cum':>9}")
cum = 0.0
for w, c in sorted(unigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:8]:
    cum += probs[w]
    print(f"{w:<10}{c:>6}{probs[w]:>9.4f}{cum:>9.2%}")
first_half = Counter(tokens[: len(tokens) // 2])
second_half = Counter(tokens[len(tokens) // 2:])
print("only first", sorted((first_half - second_half).elements())[:10])
print("common", sorted((first_half & second_half).items())[:6], "union size", len(first_half | second_half))
diff = second_half.copy()
diff.subtract(first_half)
print("subtract", sorted((k, v) for k, v in diff.items() if v < 0)[:5], "total", diff.total())
pairs = Counter(itertools.combinations(sorted({"cat", "dog", "bird", "mat"}), 2))
print(list(pairs), Counter("mississippi").most_common(3), Counter({"a": 2, "b": 2, "c": 1}).most_common(2))
print(repr(Counter()), Counter(a=0), +Counter(a=0, b=-1, c=2), -Counter(a=-3, b=1), Counter("ab") == Counter("ba"))
