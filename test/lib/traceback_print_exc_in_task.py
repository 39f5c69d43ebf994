# traceback.print_exc / format_exc in except blocks inside tasks, and a loop exception handler
# that formats the context's exception with traceback.format_exception.
import asyncio
import sys
import traceback


async def step(n):
    await asyncio.sleep(0.01)
    if n == 2:
        raise LookupError(f"no item {n}")
    return n


async def worker(name, items):
    done = []
    for n in items:
        try:
            done.append(await step(n))
        except LookupError:
            print(f"{name}: caught")
            traceback.print_exc(file=sys.stdout)
            print(f"{name}: last line: {traceback.format_exc().splitlines()[-1]}")
    return done


def handler(loop, context):
    exc = context.get("exception")
    print("handler:", context["message"])
    print("".join(traceback.format_exception(exc)), end="")


async def orphan():
    await asyncio.sleep(0)
    raise ValueError("nobody awaits me")


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    print(await asyncio.gather(worker("w1", [1, 2, 3]), worker("w2", [2])))
    try:
        await orphan()
    except ValueError as e:
        loop.call_exception_handler({"message": "reported by hand", "exception": e})
    try:
        await step(2)
    except LookupError as e:
        print(traceback.format_exception_only(e))
        te = traceback.TracebackException.from_exception(e)
        print([fs.name for fs in te.stack])
    print("end of main")

asyncio.run(main())
try:
    asyncio.run(step(2))
except LookupError as e:
    traceback.print_tb(e.__traceback__.tb_next.tb_next.tb_next.tb_next, file=sys.stdout)
    print(traceback.format_exception_only(e)[-1], end="")
