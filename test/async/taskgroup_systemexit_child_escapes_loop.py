# A child raises SystemExit inside a TaskGroup while the body waits: the SystemExit
# leaves the event loop at once; asyncio.run's shutdown then cancels main, whose TaskGroup
# re-raises the SystemExit (context: the CancelledError being handled); main catches it,
# and asyncio.run finally re-raises the original SystemExit (exit code 3).
import asyncio


async def exiting():
    await asyncio.sleep(0.02)
    raise SystemExit(3)


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(exiting())
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError as e:
                print("main body cancelled", repr(e), "ctx", repr(e.__context__), "cancelling", asyncio.current_task().cancelling())
                raise
    except SystemExit as e:
        print("SystemExit", e.code, "context", repr(e.__context__),
              "context's context", repr(e.__context__.__context__))
    except BaseExceptionGroup as eg:
        print("group", repr(eg))
    print("main returns normally")


try:
    asyncio.run(main())
except SystemExit as e:
    print("asyncio.run raised SystemExit", e.code, repr(e.__context__))
    raise
