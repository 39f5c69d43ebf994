# The event loop examples of the asyncio documentation (without wall-clock output).
import asyncio


def hello_world(loop):
    """A callback to print 'Hello World' and stop the event loop"""
    print('Hello World')
    loop.stop()


loop = asyncio.new_event_loop()
loop.call_soon(hello_world, loop)
try:
    loop.run_forever()
finally:
    loop.close()


def display_date(end_time, loop, count):
    print("tick", count)
    if (loop.time() + 1.0) < end_time:
        loop.call_later(1, display_date, end_time, loop, count + 1)
    else:
        loop.stop()


loop = asyncio.new_event_loop()
end_time = loop.time() + 5.0
loop.call_soon(display_date, end_time, loop, 0)
try:
    loop.run_forever()
finally:
    loop.close()


async def set_after(fut, delay, value):
    await asyncio.sleep(delay)
    fut.set_result(value)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.create_task(set_after(fut, 1, '... world'))
    print('hello ...')
    print(await fut)

asyncio.run(main())
