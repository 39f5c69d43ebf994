# SyntaxError: name 'state' is assigned to before global declaration (an except target binds)
import asyncio

state = None


async def main():
    try:
        await asyncio.sleep(0)
        raise ValueError("x")
    except ValueError as state:
        print("caught")
    global state


asyncio.run(main())
