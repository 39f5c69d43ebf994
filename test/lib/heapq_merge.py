import heapq

print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(heapq.merge([7, 5, 1], [8, 4, 2], reverse=True)))
print(list(heapq.merge(['zz', 'b'], ['yyy', 'a'], key=len, reverse=True)))
print(list(heapq.merge()), list(heapq.merge([1, 2])))
a = [(1, 'x'), (3, 'y')]
b = [(1, 'a'), (2, 'b')]
print(list(heapq.merge(a, b)))
m = heapq.merge(iter([1, 4]), iter([2, 3]))
print(next(m), next(m), list(m))


def gen(start, step, n):
    for i in range(n):
        yield start + i * step


print(list(heapq.merge(gen(0, 3, 4), gen(1, 3, 4), gen(2, 3, 4))))
