import asyncio
import sys


async def main():
    try:
        await asyncio.sleep(0)
        sys.exit("fatal: config missing")
    finally:
        print("finally runs")


asyncio.run(main())
