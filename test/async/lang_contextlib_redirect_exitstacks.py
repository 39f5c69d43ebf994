import asyncio
import contextlib
import sys
from contextlib import contextmanager, asynccontextmanager, suppress, ExitStack, AsyncExitStack, closing, nullcontext, redirect_stdout

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as e:
        print("swallowed", e)
    finally:
        print(f"</{name}>")

@asynccontextmanager
async def res(n):
    await asyncio.sleep(0)
    print("open", n)
    try:
        yield n * 10
    finally:
        await asyncio.sleep(0)
        print("close", n)

class Closer:
    def close(self):
        print("closed!")

class Buf:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
    def flush(self): pass

async def main():
    with tag("a") as t:
        print("inside", t)
        raise ValueError("boom")
    print("after")
    with suppress(KeyError, IndexError):
        {}["x"]
    print("suppressed")
    async with res(1) as r1, res(2) as r2:
        print(r1, r2)
    with ExitStack() as st:
        for i in range(3):
            st.enter_context(tag(f"t{i}"))
        st.callback(print, "callback ran")
    async with AsyncExitStack() as ast:
        vals = [await ast.enter_async_context(res(i)) for i in range(2)]
        ast.push_async_callback(asyncio.sleep, 0)
        ast.callback(print, "sync cb", vals)
    with closing(Closer()) as c:
        print(type(c).__name__)
    with nullcontext(42) as v:
        print(v)
    async with nullcontext("anull") as v:
        print(v)
    b = Buf()
    with redirect_stdout(b):
        print("hidden", 1, 2)
    print("captured", b.parts)
    try:
        with tag("err"):
            raise KeyError("k")
    except KeyError as e:
        print("outer got", repr(e))
    with ExitStack() as st:
        st.push(lambda *exc: print("push exit", exc[0]) or True)
        raise RuntimeError("x")
    print("done")
    @contextmanager
    def bad():
        yield 1
        yield 2
    try:
        with bad():
            pass
    except RuntimeError as e:
        print(e)
    @contextmanager
    def noyield():
        if False:
            yield
    try:
        with noyield():
            pass
    except RuntimeError as e:
        print(e)

asyncio.run(main())
