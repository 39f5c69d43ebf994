"""asyncio.Runner (3.11) reused for several top-level calls sharing one loop and one context."""
import asyncio
import contextvars

user = contextvars.ContextVar("user", default="anonymous")
state = {"connections": 0}


async def connect(name: str) -> int:
    user.set(name)
    state["connections"] += 1
    await asyncio.sleep(0.01)
    return state["connections"]


async def whoami() -> str:
    await asyncio.sleep(0)
    return user.get()


async def count_tasks() -> int:
    bg = asyncio.create_task(asyncio.sleep(10), name="bg")
    await asyncio.sleep(0)
    return len(asyncio.all_tasks())


def main():
    with asyncio.Runner() as runner:
        loop = runner.get_loop()
        print("loop running?", loop.is_running(), "closed?", loop.is_closed())
        print("connect ->", runner.run(connect("alice")))
        print("whoami ->", runner.run(whoami()))
        print("same loop:", runner.get_loop() is loop)
        print("tasks:", runner.run(count_tasks()))
        ctx = contextvars.copy_context()
        print("fresh context whoami ->", runner.run(whoami(), context=contextvars.Context()))
        try:
            runner.run(asyncio.sleep(0.01, result="x"))
            print("sleep with result ok")
            runner.run(lambda: None)
        except ValueError as e:
            print("ValueError:", str(e).split(" at 0x")[0])
    print("closed after with:", loop.is_closed())
    coro = whoami()
    try:
        runner.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
        coro.close()
    print("outside:", user.get())


main()
