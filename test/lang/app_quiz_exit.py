# A quiz runner in the style of an intro course: scripted answers instead of input(), scoring,
# string normalisation, and ending with the site builtin exit() (status 2 when the pass mark is missed)
import random

QUESTIONS = [
    ("What is 7 * 8?", ["56"], "math"),
    ("Capital of France?", ["paris"], "geo"),
    ("Name a primary colour", ["red", "blue", "yellow"], "art"),
    ("Largest planet?", ["jupiter"], "science"),
    ("2 ** 10 = ?", ["1024"], "math"),
    ("Author of 'Hamlet'?", ["shakespeare", "william shakespeare"], "lit"),
    ("Boiling point of water in C?", ["100", "100c"], "science"),
]
ANSWERS = ["56", " Paris ", "Green", "JUPITER", "1000", "william  shakespeare", "100°C"]


def normalise(ans):
    return " ".join(ans.lower().replace("°", "").split())


def grade(q, given):
    text, accepted, topic = q
    ok = normalise(given) in accepted
    return ok, topic


print(repr(exit), type(quit).__name__)
rng = random.Random(3)
order = list(range(len(QUESTIONS)))
rng.shuffle(order)
score = 0
by_topic = {}
for n, i in enumerate(order, 1):
    q = QUESTIONS[i]
    ok, topic = grade(q, ANSWERS[i])
    score += ok
    right, total = by_topic.get(topic, (0, 0))
    by_topic[topic] = (right + ok, total + 1)
    mark = "correct" if ok else f"wrong (expected {q[1][0]!r})"
    print(f"Q{n}: {q[0]:<32} -> {ANSWERS[i].strip()!r:<22} {mark}")

print()
for topic, (right, total) in sorted(by_topic.items(), key=lambda kv: (-kv[1][0] / kv[1][1], kv[0])):
    bar = "#" * right + "." * (total - right)
    print(f"{topic:>8}: {bar:<4} {right}/{total} ({right / total:.0%})")
pct = score / len(QUESTIONS)
print(f"Score: {score}/{len(QUESTIONS)} = {pct:.1%}")
try:
    quit(code=0) if pct > 1 else exit("checked exit() raises SystemExit") if False else None
    exit(7)
except SystemExit as e:
    print("caught SystemExit", e.code, e.args)
if pct < 0.8:
    print("Below the pass mark; exiting with status 2")
    exit(2)
print("passed")
