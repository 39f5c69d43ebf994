# sys.stdin: readline and read with and without sizes, iteration, readlines, input() between them, and end of file.
import sys
print(sys.stdin)
print(repr(sys.stdin.readline(3)))
print(repr(sys.stdin.readline()))
print(repr(input()))
print(repr(sys.stdin.read(7)))
for i, line in enumerate(sys.stdin):
    print(i, repr(line))
    if i == 1:
        break
print(sys.stdin.readlines())
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
try:
    input("x")
except EOFError as e:
    print("EOF", e)
