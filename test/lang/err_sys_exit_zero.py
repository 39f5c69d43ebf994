# sys.exit(0) and SystemExit caught then re-raised with code 4
import sys
try:
    sys.exit(0)
except SystemExit as e:
    print("caught SystemExit, code =", e.code)
try:
    sys.exit("text")
except SystemExit as e:
    print("caught SystemExit, code =", repr(e.code))
try:
    raise SystemExit
except SystemExit as e:
    print("bare SystemExit code:", e.code)
def cleanup():
    try:
        print("working")
        sys.exit(4)
    finally:
        print("finally runs on exit")
cleanup()
print("unreachable")
