import asyncio


async def job(n):
    print("job", n)
    return n


async def other():
    return "other"


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(job, 1)
    loop.call_later(0.01, job, 2)
    await asyncio.sleep(0.02)
    print("callbacks ran")
    try:
        asyncio.run(other())
    except RuntimeError as e:
        print("refused:", e)
    print("end main")


asyncio.run(main())
loop = asyncio.new_event_loop()
loop.close()
try:
    loop.run_until_complete(other())
except RuntimeError as e:
    print("closed:", e)
try:
    loop.create_task(job(3))
except RuntimeError as e:
    print("closed:", e)
print("done")
