# Seeded random simulation: dice statistics and Monte Carlo
import random
random.seed(2024)
counts = {k: 0 for k in range(2, 13)}
for _ in range(2000):
    counts[random.randint(1, 6) + random.randint(1, 6)] += 1
for total, c in counts.items():
    print(f"{total:2} {c:4} {'#' * (c // 20)}")
random.seed(1)
inside = 0
N = 5000
for _ in range(N):
    x, y = random.random(), random.random()
    if x * x + y * y <= 1:
        inside += 1
print("pi estimate", 4 * inside / N)
random.seed(3)
pop = list(range(1, 50))
print(sorted(random.sample(pop, 6)))
hand = random.sample([r + s for r in "A23456789TJQK" for s in "shdc"], 5)
print(hand)
random.seed(5)
items = ["a", "b", "c", "d", "e"]
random.shuffle(items)
print(items, random.choice(items))
