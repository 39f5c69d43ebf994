# A fire-and-forget task fails and nobody retrieves its exception; a second one's exception is
# retrieved; a custom handler is installed for a later loop.
import asyncio


async def boom(n):
    await asyncio.sleep(0.01 * n)
    raise ValueError(f"boom {n}")


async def main():
    asyncio.create_task(boom(1))
    kept = asyncio.create_task(boom(2))
    await asyncio.sleep(0.1)
    print("kept exception:", repr(kept.exception()))
    print("main done")


asyncio.run(main())
print("after first run")


async def main2():
    asyncio.create_task(boom(3))
    await asyncio.sleep(0.1)


def handler(loop, context):
    print("handler:", context["message"], repr(context["exception"]), type(context["future"]).__name__)


loop = asyncio.new_event_loop()
loop.set_exception_handler(handler)
loop.run_until_complete(main2())
loop.close()
print("end")
asyncio.run(main())
