import random
random.seed(1)
data = [(random.randint(0, 1000), "k" + str(i)) for i in range(600000)]
out = sorted(data, key=lambda t: (t[0] % 97, t[1]))
out2 = sorted(data, key=lambda t: -t[0])
print(out[0], out[-1], out2[0][0])
