import asyncio


def step(loop, n, log):
    log.append(n)
    if n < 5:
        loop.call_soon(step, loop, n + 1, log)
    else:
        loop.stop()
        print("stop requested, running:", loop.is_running())


async def bg(log):
    for i in range(10):
        log.append(f"bg{i}")
        await asyncio.sleep(0)


loop = asyncio.new_event_loop()
log = []
loop.call_soon(step, loop, 0, log)
t = loop.create_task(bg(log))
loop.run_forever()
print(log)
print("bg done?", t.done(), loop.is_running())
loop.call_later(0.05, loop.stop)
loop.run_forever()
print("bg done now?", t.done(), log[-3:])
loop.stop()
loop.run_forever()
print("immediate stop ran one iteration")
loop.call_soon(lambda: print("in callback, running:", loop.is_running()))
loop.call_soon(loop.stop)
loop.run_forever()
print(loop.run_until_complete(asyncio.sleep(0.01, "slept")))
loop.close()
print(loop.is_closed(), loop.is_running())
