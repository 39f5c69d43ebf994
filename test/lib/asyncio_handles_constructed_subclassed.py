# asyncio.Handle and TimerHandle made by the program, and subclassed: the instance keeps its class.
import asyncio
class T(asyncio.TimerHandle):
    pass
class H(asyncio.Handle):
    pass
loop = asyncio.new_event_loop()
t = T(1.5, print, ("x",), loop)
h = H(print, (1,), loop)
print(type(t).__name__, t.when(), type(h).__name__, isinstance(t, asyncio.TimerHandle))
print(t < T(2.0, print, (), loop))
loop.close()
