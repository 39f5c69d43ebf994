# Realistic: a tiny stack-based virtual machine with an assembler
class VMError(Exception):
    pass

def assemble(text):
    code, labels = [], {}
    for raw in text.strip().splitlines():
        line = raw.split(";")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
            continue
        parts = line.split()
        op = parts[0].upper()
        arg = parts[1] if len(parts) > 1 else None
        if arg is not None and arg.lstrip("-").isdigit():
            arg = int(arg)
        code.append((op, arg))
    resolved = []
    for op, arg in code:
        if op in ("JMP", "JZ", "JNZ", "CALL") and isinstance(arg, str):
            arg = labels[arg]
        resolved.append((op, arg))
    return resolved

class VM:
    def __init__(self, code, trace=False):
        self.code = code
        self.stack = []
        self.calls = []
        self.vars = {}
        self.pc = 0
        self.out = []
        self.steps = 0
        self.trace = trace

    def pop(self):
        if not self.stack:
            raise VMError(f"stack underflow at pc={self.pc}")
        return self.stack.pop()

    def run(self, max_steps=10000):
        binops = {
            "ADD": lambda a, b: a + b, "SUB": lambda a, b: a - b,
            "MUL": lambda a, b: a * b, "DIV": lambda a, b: a // b,
            "MOD": lambda a, b: a % b, "LT": lambda a, b: int(a < b),
            "EQ": lambda a, b: int(a == b),
        }
        while self.pc < len(self.code):
            self.steps += 1
            if self.steps > max_steps:
                raise VMError("step limit exceeded")
            op, arg = self.code[self.pc]
            if self.trace:
                print(f"  {self.pc:3} {op:<5} {arg!s:<6} {self.stack}")
            self.pc += 1
            if op == "PUSH":
                self.stack.append(arg)
            elif op in binops:
                b, a = self.pop(), self.pop()
                if op in ("DIV", "MOD") and b == 0:
                    raise VMError(f"division by zero at pc={self.pc - 1}")
                self.stack.append(binops[op](a, b))
            elif op == "DUP":
                v = self.pop(); self.stack += [v, v]
            elif op == "SWAP":
                b, a = self.pop(), self.pop(); self.stack += [b, a]
            elif op == "LOAD":
                self.stack.append(self.vars[arg])
            elif op == "STORE":
                self.vars[arg] = self.pop()
            elif op == "JMP":
                self.pc = arg
            elif op == "JZ":
                if self.pop() == 0:
                    self.pc = arg
            elif op == "JNZ":
                if self.pop() != 0:
                    self.pc = arg
            elif op == "CALL":
                self.calls.append(self.pc); self.pc = arg
            elif op == "RET":
                self.pc = self.calls.pop()
            elif op == "PRINT":
                self.out.append(self.pop())
            elif op == "HALT":
                break
            else:
                raise VMError(f"unknown op {op}")
        return self.out

factorial = """
    PUSH 1
    STORE acc
    PUSH 10
    STORE n
loop:
    LOAD n
    JZ done
    LOAD acc
    LOAD n
    MUL
    STORE acc
    LOAD n
    PUSH 1
    SUB
    STORE n
    JMP loop
done:
    LOAD acc
    PRINT
    HALT
"""
vm = VM(assemble(factorial))
print("10! =", vm.run(), "steps", vm.steps)
countdown = """
    PUSH 5
again:
    DUP
    PRINT
    PUSH 1
    SUB
    DUP
    JNZ again
    HALT
"""
print("countdown:", VM(assemble(countdown)).run())
sub = """
    PUSH 7
    CALL square
    PRINT
    PUSH 12
    CALL square
    PRINT
    HALT
square:
    DUP
    MUL
    RET
"""
print("squares:", VM(assemble(sub), trace=True).run())
for bad in ["PUSH 1\nADD", "PUSH 4\nPUSH 0\nDIV", "loop:\nJMP loop", "FROB"]:
    try:
        VM(assemble(bad)).run(max_steps=50)
    except VMError as e:
        print("VMError:", e)
