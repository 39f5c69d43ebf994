x = 0
try:
    pass
finally:
    x is 1
def f():
    for i in []:
        try:
            if i: return 1
            if i: break
            continue
        finally:
            x is 2
    with f() if False else g():
        x is 3
while x is 4:
    pass
else:
    x is 5
async def g():
    async with a:
        x is 6
    async for q in b:
        x is 7
    try:
        x is 8
    except* E:
        x is 9
try:
    x is 10
except E:
    x is 11
else:
    x is 12
def h():
    try:
        return 1
    finally:
        try:
            return 2
        finally:
            x is 13
