import asyncio
import functools

def plain(a, b=None):
    raise ValueError(f"plain {a}")

class Obj:
    def method(self, x):
        raise KeyError(x)
    def __call__(self):
        raise OSError("called")
    def __repr__(self):
        return "<Obj>"

def decorator(f):
    @functools.wraps(f)
    def wrapper(*args):
        return f(*args)
    return wrapper

@decorator
def wrapped(x):
    raise TypeError(x)

def handler(loop, ctx):
    print("message:", ctx["message"].replace(__file__, "FILE"))
    print("  handle:", repr(ctx.get("handle")).replace(__file__, "FILE"))

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    fut = loop.create_future()
    fut.set_result(list(range(10)))
    callbacks = [
        (plain, 1), (plain, "x" * 50), (functools.partial(plain, 2), ), (functools.partial(plain, b=3), 4),
        (functools.partial(functools.partial(plain, 5), b=6), ), (Obj().method, 7), (Obj(), ),
        (wrapped, 8), (lambda: 1 / 0, ), (plain, fut), (print, ),
    ]
    for cb, *args in callbacks:
        h = loop.call_soon(cb, *args)
        print(repr(h).replace(__file__, "FILE"))
    await asyncio.sleep(0)
    t = asyncio.create_task(asyncio.sleep(0))
    t.add_done_callback(functools.partial(plain, "done"))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    f2 = loop.create_future()
    f2.add_done_callback(plain)
    f2.add_done_callback(Obj().method)
    f2.add_done_callback(functools.partial(plain, 1))
    print(repr(f2).replace(__file__, "FILE"))
    f2.set_result(None)
    await asyncio.sleep(0)

asyncio.run(main())
