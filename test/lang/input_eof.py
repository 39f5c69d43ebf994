# input() reads lines without their newline; at end of file it raises EOFError (stdin is closed here).
try:
    input("prompt> ")
except EOFError as e:
    print("EOFError:", e)
import sys
print(repr(sys.stdin.readline()), repr(sys.stdin.read()))
