# SYNTAX TEST "source.python" "await, async for, async with are yield points"
    await asyncio.sleep(1)
#   ^^^^^ keyword.control.yield-point.python
#         ^^^^^^^ - keyword.control.yield-point.python
    async for item in stream():
#   ^^^^^^^^^ keyword.control.yield-point.python
    async with lock:
#   ^^^^^^^^^^ keyword.control.yield-point.python
    async def helper(): pass
#   ^^^^^ storage.type.function.python - keyword.control.yield-point.python
    for x in xs: pass
#   ^^^ keyword.control.flow.python - keyword.control.yield-point.python
    x = "await in a string"
#        ^^^^^ string.quoted.double.python - keyword.control.yield-point.python
    # await in a comment
#     ^^^^^ comment.line.number-sign.python - keyword.control.yield-point.python
    awaited = 1
#   ^^^^^^^ - keyword.control.yield-point.python
