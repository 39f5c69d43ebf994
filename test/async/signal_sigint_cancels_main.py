# A SIGINT during asyncio.run cancels the main task (Runner's handler), and the run then raises
# KeyboardInterrupt; SIGINT's default handler is back afterwards.
import asyncio
import signal


async def child():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("child cancelled")
        raise


async def main():
    t = asyncio.create_task(child())
    await asyncio.sleep(0.01)
    print("raising SIGINT in main")
    signal.raise_signal(signal.SIGINT)
    print("still running main")
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("main cancelled by the interrupt")
        raise
    print("not reached")


try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("KeyboardInterrupt after the run")
print(signal.getsignal(signal.SIGINT))
