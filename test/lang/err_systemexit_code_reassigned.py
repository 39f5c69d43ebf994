# SystemExit.code reassigned before re-raising decides the exit status.
import sys

try:
    sys.exit(3)
except SystemExit as e:
    print("caught", e.code)
    e.code = 7
    raise
