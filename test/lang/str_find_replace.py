# find / index / count / replace / startswith / endswith
s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("cat"), s.rfind("o"))
print(s.index("quick"), s.rindex("o"), s.find("o", 15, 20), s.find(""), s.rfind(""))
try:
    s.index("cat")
except ValueError as e:
    print("ValueError:", e)
print(s.count("o"), s.count("the"), s.count(""), "aaaa".count("aa"), s.count("o", 0, 15))
print(s.replace("the", "a"), "|", s.replace("o", "0", 2))
print("aaa".replace("a", "bb"), "abc".replace("", "-"), "x".replace("x", ""))
print(s.startswith("the"), s.startswith("quick", 4), s.endswith("dog"), s.endswith(("cat", "dog")))
print(s.startswith(("a", "b", "t")), "".startswith(""), "abc".endswith("", 3))
print("hello" in s, "fox" in s, "" in s, "FOX" in s)
print("banana".find("na"), "banana".rfind("na"), "banana".count("na"), "banana".index("n", 3))
words = s.split()
print(sorted(set(words)))
print(max(words, key=len), min(words, key=len))
