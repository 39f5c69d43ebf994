"""Using the loop after asyncio.run() closed it: a saved loop reference raises
RuntimeError('Event loop is closed') at top level."""
import asyncio

saved_loop = None


async def remember_loop() -> str:
    global saved_loop
    saved_loop = asyncio.get_running_loop()
    await asyncio.sleep(0)
    return "remembered"


print(asyncio.run(remember_loop()))
print("closed:", saved_loop.is_closed(), "running:", saved_loop.is_running())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("get_running_loop outside:", e)
print("scheduling on the old loop...")
saved_loop.call_soon(print, "never")
