import asyncio
import sys


async def ask():
    name = input("Your name? ")
    line = sys.stdin.readline()
    return name, line


async def main():
    name, line = await asyncio.create_task(ask())
    print(f"hello {name}, then {line!r}")

asyncio.run(main())
