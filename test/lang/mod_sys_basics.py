# sys: argv, stdout.write, stderr.write, version_info[:2], getrecursionlimit
import sys
print(type(sys.argv).__name__, len(sys.argv) >= 1, sys.argv[0].endswith("mod_sys_basics.py"))
print(sys.version_info[:2], sys.version_info[0], sys.version_info >= (3, 8))
print(sys.version_info.major, sys.version_info.minor >= 0)
print(sys.getrecursionlimit())
n = sys.stdout.write("written via sys.stdout.write\n")
print("write returned", n)
sys.stdout.write("no newline ")
sys.stdout.write("then newline\n")
sys.stderr.write("this goes to stderr\n")
for i in range(3):
    sys.stdout.write(f"[{i}]")
sys.stdout.write("\n")
lines = ["alpha", "beta"]
sys.stdout.write("\n".join(lines) + "\n")
print("print and write interleave", flush=True)
sys.stdout.write("after print\n")
def depth(n):
    return n if n >= 500 else depth(n + 1)
print(depth(0), depth(0) < sys.getrecursionlimit())
sys.stderr.write("last stderr line\n")
print("end")
