# Ends with: IndexError: string index out of range
word = "python"
print(word[-1], word[0], len(word))
for i in range(len(word)):
    print(i, word[i], word[-1 - i])
print(word[2:100], word[100:])
idx = 0
while True:
    print("char", idx, word[idx])
    idx += 2
