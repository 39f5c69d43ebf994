import asyncio


async def main():
    loop = asyncio.get_running_loop()
    me = asyncio.current_task()
    loop.call_later(0.05, me.cancel, "stop now")
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("main cancelled:", e.args)
        raise


asyncio.run(main())
