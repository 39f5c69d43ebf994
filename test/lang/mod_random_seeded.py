# random with a fixed seed: random, randint, randrange, choice, shuffle, uniform, sample
import random
random.seed(12345)
print([random.random() for _ in range(3)])
print([random.randint(1, 6) for _ in range(10)])
print([random.randrange(0, 100, 5) for _ in range(5)], random.randrange(10))
colors = ["red", "green", "blue", "yellow"]
print([random.choice(colors) for _ in range(5)])
deck = list(range(10))
random.shuffle(deck)
print(deck)
print([round(random.uniform(-1, 1), 6) for _ in range(3)])
print(random.sample(range(100), 5), random.sample(colors, 2))
random.seed(12345)
print(random.random())
random.seed("a string seed")
print(random.randint(0, 1000))
rng = random.Random(7)
print(rng.random(), rng.choice("abcdef"), rng.randint(1, 100))
random.seed(0)
print(random.choices(colors, k=4), random.getrandbits(16))
random.seed(99)
walk = [0]
for _ in range(10):
    walk.append(walk[-1] + random.choice((-1, 1)))
print(walk)
