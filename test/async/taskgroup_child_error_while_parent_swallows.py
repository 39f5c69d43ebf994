# A child fails while the body is awaiting; the body catches the CancelledError the
# TaskGroup delivered and carries on: the group still raises the child's error.
import asyncio


async def failing():
    await asyncio.sleep(0.01)
    raise ValueError("child failed")


async def main():
    me = asyncio.current_task()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing())
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError as e:
                print("body cancelled by group", repr(e), "cancelling", me.cancelling())
            print("body continues; awaiting again")
            try:
                await asyncio.sleep(0)
                print("sleep(0) after swallow fine")
            except asyncio.CancelledError:
                print("cancelled again")
            c = asyncio.sleep(0)
            try:
                tg.create_task(c)
            except RuntimeError as e:
                c.close()
                print("create_task while aborting:", str(e).split(" ", 1)[0], str(e).rsplit(" ", 2)[-2:])
    except* ValueError as eg:
        print("except* ValueError", repr(eg))
        print("str", str(eg))
    print("cancelling after", me.cancelling())


asyncio.run(main())
