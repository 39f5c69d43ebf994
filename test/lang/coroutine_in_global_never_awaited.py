# A coroutine that the program's globals still hold at the end, never awaited, is reported as the
# interpreter frees the globals: with no frame left, the warning's location is sys:1.


class Job:
    async def run(self):
        return 1


async def fetch():
    return 2


pending = fetch()
jobs = {"first": Job().run()}
awaited = fetch()
try:
    awaited.send(None)
except StopIteration as stop:
    print("awaited returned", stop.value)
closed = fetch()
closed.close()
print("last line")
# The same message twice is reported once, as the warnings registry does.
again = fetch()
