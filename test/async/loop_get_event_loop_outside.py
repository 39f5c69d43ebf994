import asyncio


async def probe():
    return asyncio.get_event_loop() is asyncio.get_running_loop()

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    print(asyncio.current_task())
except RuntimeError as e:
    print("RuntimeError:", e)

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print("get_event_loop is set loop:", asyncio.get_event_loop() is loop)
print("inside:", loop.run_until_complete(probe()))
print("current_task outside:", asyncio.current_task(loop))
f = loop.create_future()
print("future loop:", f.get_loop() is loop)
loop.close()
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
asyncio.run(probe())
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("after run RuntimeError:", e)
