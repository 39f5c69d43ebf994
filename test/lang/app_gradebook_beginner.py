# A beginner-style grade book: global state, while loops, string building, literal `is` checks
# (CPython warns about those at compile time), integer division, nested lists, early returns
students = []
grades = {}
HISTORY = []


def add_student(name, *scores):
    global students
    if name in grades:
        print("duplicate student:", name)
        return False
    students = students + [name]
    grades[name] = list(scores)
    HISTORY.append(("add", name))
    return True


def average(scores):
    if len(scores) is 0:
        return 0
    total = 0
    i = 0
    while i < len(scores):
        total = total + scores[i]
        i += 1
    return total / len(scores)


def letter(avg):
    if avg >= 90:
        return "A"
    elif avg >= 80:
        return "B"
    elif avg >= 70:
        return "C"
    elif avg >= 60:
        return "D"
    return "F"


def histogram(values, width=10):
    buckets = [0] * (100 // width + 1)
    for v in values:
        buckets[int(v) // width] += 1
    lines = []
    for i, n in enumerate(buckets):
        if n is not 0:
            lines.append(f"{i * width:3d}-{min(i * width + width - 1, 100):3d} | {'*' * n} ({n})")
    return lines


def curve(points):
    count = 0
    for name in students:
        new = []
        for s in grades[name]:
            if s + points > 100:
                new.append(100)
            else:
                new.append(s + points)
            count += 1
        grades[name] = new
    HISTORY.append(("curve", points))
    return count


add_student("Alice", 92, 88, 95, 79)
add_student("Bob", 65, 70, 58)
add_student("Carol", 100, 97, 99, 100, 98)
add_student("Dan")
add_student("Eve", 45, 60, 52, 71)
add_student("Bob", 1)

print("Name       Avg    Grade  Scores")
print("=" * 40)
for s in students:
    a = average(grades[s])
    print(s.ljust(10), ("%.2f" % a).rjust(6), " ", letter(a).center(5), grades[s])

all_scores = []
for s in students:
    all_scores += grades[s]
print()
print("\n".join(histogram(all_scores)))
print("count:", len(all_scores), "max:", max(all_scores), "min:", min(all_scores), "mean: %.3f" % average(all_scores))

sorted_scores = sorted(all_scores)
n = len(sorted_scores)
if n % 2 is 1:
    median = sorted_scores[n // 2]
else:
    median = (sorted_scores[n // 2 - 1] + sorted_scores[n // 2]) / 2
print("median:", median)
var = sum((x - average(all_scores)) ** 2 for x in all_scores) / (n - 1)
print("stdev: %.4f" % var ** 0.5)

print("curved", curve(5), "scores")
ranking = sorted(students, key=lambda s: (-average(grades[s]), s))
place = 1
for s in ranking:
    print(str(place) + ".", s, "-", round(average(grades[s]), 1), letter(average(grades[s])))
    place = place + 1

matrix = [grades[s] + [0] * (5 - len(grades[s])) for s in students]
for row in matrix:
    print(" ".join("%3d" % v for v in row))
cols = list(zip(*matrix))
print("column sums:", [sum(c) for c in cols])
print("best per test:", [students[c.index(max(c))] for c in cols])
print(HISTORY)
x = 257
y = 256 + 1
print(x == y, "A" if average([]) is 0 else "B")
