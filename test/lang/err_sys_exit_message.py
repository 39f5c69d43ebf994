# Ends with sys.exit("message"): message on stderr, exit code 1
import sys
stack = []
for tok in "3 4 + 2 * +".split():
    if tok.isdigit():
        stack.append(int(tok))
        print("push", tok, stack)
    else:
        if len(stack) < 2:
            sys.exit(f"fatal: stack underflow at {tok!r}, stack={stack}")
        b, a = stack.pop(), stack.pop()
        stack.append(a + b if tok == "+" else a * b)
        print("apply", tok, stack)
print("result", stack)
