# sort with key, reverse, stability
people = [("alice", 30), ("bob", 25), ("carol", 30), ("dave", 25), ("eve", 35), ("frank", 30)]
print(sorted(people))
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
by_age_then_name_desc = sorted(sorted(people, key=lambda p: p[0], reverse=True), key=lambda p: p[1])
print(by_age_then_name_desc)
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w.lower())))
nums = [5, -3, 2, -8, 0, 7, -1]
nums.sort(key=abs)
print(nums)
nums.sort(reverse=True)
print(nums)
print(sorted("hello"), sorted({3: "a", 1: "b"}), sorted((3, 1, 2), reverse=True))
recs = [{"n": "x", "v": 2}, {"n": "y", "v": 1}, {"n": "z", "v": 2}]
print([r["n"] for r in sorted(recs, key=lambda r: -r["v"])])
stab = [(k % 3, k) for k in range(12)]
print(sorted(stab, key=lambda t: t[0]))
print(sorted(stab, key=lambda t: t[0], reverse=True))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
floats = [2.5, float("-inf"), 1e-9, -0.0, 0.0, 3]
print(sorted(floats))
lst = [3, 1, 2]
print(lst.sort(), lst)
