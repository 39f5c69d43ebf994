d = {}
s = set()
lst = []
for i in range(4000000):
    k = i % 1000
    d[k] = d.get(k, 0) + i
    s.add(i % 5000)
    lst.append(k)
print(len(d), len(s), sum(lst), max(d.values()))
