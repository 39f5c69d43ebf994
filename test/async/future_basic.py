import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print("done:", f.done(), "cancelled:", f.cancelled())
    try:
        f.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        f.exception()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    f.set_result([1, 2])
    print("result:", f.result(), "exception:", f.exception())
    try:
        f.set_result(3)
    except asyncio.InvalidStateError as e:
        print("set twice:", e)
    try:
        f.set_exception(ValueError())
    except asyncio.InvalidStateError as e:
        print("set_exception after result:", e)
    print("cancel done future:", f.cancel())
    g = loop.create_future()
    g.set_exception(ValueError("bad"))
    print("exception():", repr(g.exception()))
    try:
        await g
    except ValueError as e:
        print("await raised:", e)
    h = asyncio.Future()
    print("cancel pending:", h.cancel(), h.cancelled(), h.done())
    try:
        h.set_result(1)
    except asyncio.InvalidStateError as e:
        print("set on cancelled:", e)


asyncio.run(main())
