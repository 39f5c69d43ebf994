import asyncio
import sys


async def quitter(code):
    await asyncio.sleep(0.01)
    print("exiting with", code)
    sys.exit(code)


async def main():
    t = asyncio.create_task(quitter(3))
    try:
        await t
    except SystemExit as e:
        print("main saw SystemExit", e.code)
        raise


asyncio.run(main())
