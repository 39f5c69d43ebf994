import asyncio
import contextvars

cv = contextvars.ContextVar("cv", default=0)


async def bump():
    cv.set(cv.get() + 1)
    return cv.get()


with asyncio.Runner() as runner:
    print(runner.run(bump()), runner.run(bump()), runner.run(bump()))
    loop = runner.get_loop()
    print(type(loop).__name__, loop.is_closed())
print(loop.is_closed())
ctx = contextvars.copy_context()
with asyncio.Runner(debug=False) as r:
    print(r.run(bump(), context=ctx), r.run(bump(), context=ctx), ctx[cv])
r2 = asyncio.Runner()
r2.close()
try:
    r2.run(bump())
except RuntimeError as e:
    print("RuntimeError:", e)
print(asyncio.run(bump()), asyncio.run(bump()))
p = asyncio.get_event_loop_policy()
print(type(p).__name__, isinstance(p, asyncio.AbstractEventLoopPolicy))
l = p.new_event_loop()
print(isinstance(l, asyncio.AbstractEventLoop), isinstance(l, asyncio.BaseEventLoop))
l.close()
try:
    runner.run(42)
except Exception as e:
    print(type(e).__name__, e)
