import string
from collections import Counter

text = """It was the best of times, it was the worst of times; it was the age of
wisdom, it was the age of foolishness!"""
clean = ''.join(c.lower() if c not in string.punctuation else ' ' for c in text)
words = clean.split()
print(len(words), Counter(words).most_common(4))
print(string.capwords(' '.join(words[:6])))
print(sorted({c for c in text if c in string.punctuation}))
