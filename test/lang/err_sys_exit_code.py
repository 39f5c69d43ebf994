# Ends with exit code 3 via sys.exit(3)
import sys
def validate(rows):
    bad = 0
    for i, r in enumerate(rows):
        ok = isinstance(r, int) and r >= 0
        print(f"row {i}: {r!r} {'ok' if ok else 'BAD'}")
        bad += not ok
    return bad
errors = validate([1, 5, -2, "x", 7])
print("errors:", errors)
if errors:
    print("exiting with status 3")
    sys.exit(3)
print("unreachable")
