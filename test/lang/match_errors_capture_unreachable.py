# SyntaxError: a bare capture pattern before other cases
import asyncio


async def handle(msg):
    match msg:
        case ("ping", n):
            return n
        case other:
            return other
        case _:
            return None


print(asyncio.run(handle(1)))
