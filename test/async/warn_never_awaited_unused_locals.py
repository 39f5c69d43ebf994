import asyncio


async def say(what):
    print(what)
    return what


def sync_helper():
    c = say("from sync")
    return 1


async def main():
    task = say("hello")
    print("main body")
    for i in range(2):
        r = say(f"loop {i}")
    print(sync_helper())
    x: int = say("annotated")
    print("end main")


asyncio.run(main())
print("after")
