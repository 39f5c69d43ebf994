# List comprehensions: filters, nesting, conditionals, transposition
nums = range(-5, 6)
print([n * n for n in nums])
print([n for n in nums if n % 2 == 0 and n > 0])
print([n if n >= 0 else -n for n in nums])
print([(n, "even" if n % 2 == 0 else "odd") for n in range(4)])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2])
print([sum(row) for row in matrix], sum(matrix[i][i] for i in range(3)))
words = ["Hello", "World", "python", "IS", "fun"]
print([w.lower() for w in words if w.isupper() or w.istitle()])
print([len(w) for w in words], [w[::-1] for w in words])
print([(i, j) for i in range(4) for j in range(i + 1, 4)])
print([c for c in "Mississippi" if c not in "aeiou"])
print([[0] * 3 for _ in range(2)])
print(["FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else i for i in range(1, 16)])
pts = [(x, y) for x in range(-2, 3) for y in range(-2, 3) if x * x + y * y <= 2]
print(len(pts), pts)
print([i for i in range(2, 50) if all(i % d for d in range(2, int(i ** 0.5) + 1))])
print([list(range(k)) for k in range(4)])
