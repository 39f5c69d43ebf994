# Ends with sys.exit(2) from a nested function after finally blocks run; exit code 2
import sys
def check(config):
    missing = [k for k in ("host", "port", "user") if k not in config]
    if missing:
        print("missing keys:", missing)
        sys.exit(2)
    return True
def main():
    try:
        print("check 1:", check({"host": "h", "port": 1, "user": "u"}))
        print("check 2:", check({"host": "h"}))
    finally:
        print("main finally")
main()
print("unreachable")
