# asyncio.run and asyncio.Runner run the main task in a copy of the context current when the
# runner started; one Runner's runs share that copy. Exceptions raised in another context leave
# the caller's context untouched.
import asyncio
import contextvars

phase = contextvars.ContextVar('phase', default='start')


async def advance(to):
    before = phase.get()
    phase.set(to)
    await asyncio.sleep(0)
    return before, phase.get()


async def fails():
    phase.set('failing')
    await asyncio.sleep(0)
    raise KeyError('boom')


phase.set('configured')
print(asyncio.run(advance('first run')))
print('outside:', phase.get())
with asyncio.Runner() as runner:
    print(runner.run(advance('runner 1')))
    print(runner.run(advance('runner 2')))
    ctx = contextvars.copy_context()
    print(runner.run(advance('own context'), context=ctx))
    print('ctx:', ctx[phase])
    try:
        runner.run(fails())
    except KeyError as e:
        print('KeyError', e)
    print(runner.run(advance('runner 3')))
print('outside:', phase.get())
