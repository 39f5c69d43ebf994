import asyncio


async def nop():
    return asyncio.current_task().get_name()


async def main():
    names = []
    names.append(await asyncio.create_task(nop()))
    names.append(await asyncio.create_task(nop(), name="custom"))
    names.append(await asyncio.create_task(nop()))
    names.append(await asyncio.ensure_future(nop()))
    names.extend(await asyncio.gather(nop(), nop()))
    loop = asyncio.get_running_loop()
    names.append(await loop.create_task(nop()))
    names.append(await loop.create_task(nop(), name=None))
    t = asyncio.create_task(nop(), name=12345)
    names.append(await t)
    t.set_name(("tuple", 1))
    names.append(t.get_name())
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(nop())
        b = tg.create_task(nop(), name="tg-named")
    names += [a.result(), b.result()]
    names.append(await asyncio.wait_for(nop(), 1))
    names.append(await asyncio.shield(nop()))
    print(names)


asyncio.run(main())
asyncio.run(main())
