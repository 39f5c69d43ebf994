"""Class-based async context managers: several in one `async with`, exit order, an exception
in the body, __aexit__ suppressing it, and an exception raised inside __aexit__ itself."""
import asyncio


class Resource:
    log: list[str] = []

    def __init__(self, name: str, suppress: bool = False, fail_exit: bool = False) -> None:
        self.name = name
        self.suppress = suppress
        self.fail_exit = fail_exit

    async def __aenter__(self) -> "Resource":
        await asyncio.sleep(0)
        Resource.log.append(f"enter {self.name}")
        return self

    async def __aexit__(self, exc_type, exc, tb) -> bool:
        await asyncio.sleep(0)
        Resource.log.append(f"exit {self.name} ({exc_type.__name__ if exc_type else None})")
        if self.fail_exit:
            raise RuntimeError(f"{self.name} failed to close")
        return self.suppress


async def scenario(title: str, managers: list[Resource], body_error: Exception | None) -> None:
    Resource.log.clear()
    try:
        async with managers[0] as a, managers[1] as b, managers[2] as c:
            Resource.log.append(f"body with {a.name},{b.name},{c.name}")
            if body_error:
                raise body_error
        outcome = "completed"
    except Exception as e:
        ctx = e.__context__
        outcome = f"raised {type(e).__name__}: {e} (context: {type(ctx).__name__ if ctx else None})"
    print(f"{title}: {outcome}")
    print("   " + " | ".join(Resource.log))


async def main():
    R = Resource
    await scenario("clean", [R("db"), R("cache"), R("file")], None)
    await scenario("body error", [R("db"), R("cache"), R("file")], ValueError("bad row"))
    await scenario("middle suppresses", [R("db"), R("cache", suppress=True), R("file")], KeyError("k"))
    await scenario("exit raises", [R("db"), R("cache", fail_exit=True), R("file")], None)
    await scenario("exit raises during error", [R("db", fail_exit=True), R("cache"), R("file")], OSError("disk"))
    try:
        async with R("plain"):
            pass
        with R("sync-misuse"):
            pass
    except (TypeError, AttributeError) as e:
        print("sync with on async CM:", type(e).__name__, e)


asyncio.run(main())
