# All list methods
lst = [3, 1, 4]
lst.append(1)
print(lst)
lst.extend([5, 9])
lst.extend(range(2))
print(lst)
lst.insert(0, 100)
lst.insert(-1, 200)
lst.insert(99, 300)
print(lst)
print(lst.pop(), lst.pop(0), lst.pop(-2), lst)
lst.remove(1)
print(lst, lst.index(9), lst.count(1), lst.count(42))
try:
    lst.remove(42)
except ValueError as e:
    print("ValueError:", e)
try:
    lst.index(42)
except ValueError as e:
    print("ValueError:", e)
print(lst.index(1, 2))
lst.reverse()
print(lst)
cp = lst.copy()
cp.sort()
print(cp, lst)
lst.clear()
print(lst, len(lst))
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
a = [1, 2] * 3
print(a, a + [0], [[]] * 2, 2 * [7])
nested = [[0]] * 3
nested[0].append(1)
print(nested)
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 2, 0], list("abc"), list(range(3)))
print(min([4, 2, 8]), max([4, 2, 8]), sum([4, 2, 8]), sorted([4, 2, 8], reverse=True))
x = [5, 6]
x[len(x):] = [7]
print(x, x * 0, bool([]))
