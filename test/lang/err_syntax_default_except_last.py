# SyntaxError: default 'except:' must be last
import asyncio


async def main():
    try:
        await asyncio.sleep(0)
        1 / 0
    except:
        print("anything")
    except ZeroDivisionError:
        print("zero")


asyncio.run(main())
