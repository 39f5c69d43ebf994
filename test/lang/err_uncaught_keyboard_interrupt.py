# An uncaught KeyboardInterrupt: traceback, then CPython ends itself with SIGINT (no exit code).
def handler():
    try:
        raise KeyboardInterrupt
    finally:
        print('finally runs')


print('before')
handler()
