"""contextvars request-id propagation across tasks, gather and to_thread, like a web framework."""
import asyncio
import contextvars
import itertools

request_id: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")
counter = itertools.count(1)
LOG: list[str] = []


def log(msg: str) -> None:
    LOG.append(f"[{request_id.get():>6}] {msg}")


async def db_query(sql: str) -> int:
    log(f"query {sql}")
    await asyncio.sleep(0.001)
    return len(sql)


def sync_helper() -> str:
    return f"helper sees {request_id.get()}"


async def handle(path: str, delay: float) -> str:
    token = request_id.set(f"req-{next(counter)}")
    try:
        log(f"start {path}")
        await asyncio.sleep(delay)
        sizes = await asyncio.gather(db_query("SELECT a"), db_query("SELECT bb"))
        log(await asyncio.to_thread(sync_helper))
        sub = asyncio.create_task(db_query("AUDIT"))
        await sub
        log(f"end {path} sizes={sizes}")
        return request_id.get()
    finally:
        request_id.reset(token)


async def main():
    log("server start")
    ids = await asyncio.gather(handle("/home", 0), handle("/about", 0.02))
    print("ids:", ids)
    log("server stop")
    for line in LOG:
        print(line)
    ctx = contextvars.copy_context()
    print("ctx has var:", request_id in ctx, "value:", ctx.get(request_id, "unset"))
    ctx.run(request_id.set, "inside-ctx")
    print("after ctx.run:", request_id.get(), ctx[request_id])


asyncio.run(main())
