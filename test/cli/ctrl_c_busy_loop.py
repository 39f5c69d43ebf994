# Ctrl+C in a computation that never reaches the loop: KeyboardInterrupt at the statement it is
# running, as CPython checks between bytecodes. The test sends SIGINT once "started" is out.
print("started", flush=True)
n = 0
try:
    while True:
        n += 1
finally:
    print("finally ran", n > 0)
