# Ctrl+C while input() waits for a line: KeyboardInterrupt out of input(), with finally run, as
# CPython's read is interrupted by the signal. The test sends SIGINT once "started" is out.
print("started", flush=True)
try:
    name = input("name? ")
    print("never", name)
finally:
    print("finally ran")
