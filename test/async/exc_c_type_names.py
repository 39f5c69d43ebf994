# Error messages name C types of modules by CPython's tp_name ('_asyncio.Future', 'collections.deque', 'itertools.count').
import asyncio, collections, itertools, functools
async def main():
    objs = [asyncio.get_running_loop().create_future(), asyncio.current_task(), collections.deque(), collections.defaultdict(int), collections.OrderedDict(), collections.Counter(), itertools.count(), functools.partial(print), asyncio.get_running_loop().call_soon(print), (x for x in []), main()]
    for o in objs:
        try:
            o.nope
        except AttributeError as e:
            print(e)
        try:
            len(o)
        except TypeError as e:
            print(e)
    objs[-1].close()
asyncio.run(main())
