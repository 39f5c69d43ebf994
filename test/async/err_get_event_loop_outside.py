import asyncio
import warnings

loop = asyncio.get_event_loop()
print(type(loop).__name__, loop.is_running())


async def main():
    return asyncio.get_event_loop() is asyncio.get_running_loop()


print(loop.run_until_complete(main()))
print(asyncio.get_event_loop() is loop)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
policy = asyncio.get_event_loop_policy()
print(type(policy).__name__, policy.get_event_loop() is loop)
loop.close()
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
