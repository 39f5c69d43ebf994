"""Uncaught ExceptionGroup from a TaskGroup (no except*): the traceback ends with the nested
group box; exit code 1. Also prints the group summary before failing."""
import asyncio


async def validate(field: str, value: str) -> str:
    await asyncio.sleep(0.01 * len(field))
    if not value:
        raise ValueError(f"{field} is required")
    if field == "age" and not value.isdigit():
        raise TypeError(f"{field} must be numeric, got {value!r}")
    return f"{field}={value}"


async def main():
    form = {"id": "7", "email": "", "age": "forty"}
    results = []
    try:
        async with asyncio.TaskGroup() as tg:
            for field, value in form.items():
                results.append(tg.create_task(validate(field, value)))
    except ExceptionGroup as eg:
        print("summary:", eg)
        print("leaves:", sorted(type(e).__name__ for e in eg.exceptions))
        raise
    print("unreachable", results)


asyncio.run(main())
