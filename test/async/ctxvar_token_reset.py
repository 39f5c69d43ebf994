# Token semantics across tasks: a token resets only in the context it was made in, only once,
# and only for its own variable; a task's own set/reset pairs restore its own view.
import asyncio
import contextvars

level = contextvars.ContextVar('level', default='info')
other = contextvars.ContextVar('other')


def tail(e):
    # Messages start with the token's repr (with addresses); keep the wording after it.
    return str(e).rsplit('> ', 1)[1]


async def reset_elsewhere(token):
    try:
        level.reset(token)
    except ValueError as e:
        print('in another task:', type(e).__name__, tail(e))
    return level.get()


async def scoped(value):
    token = level.set(value)
    try:
        await asyncio.sleep(0)
        print('scoped sees', level.get())
    finally:
        level.reset(token)
    print('after reset in task:', level.get(), token.old_value is contextvars.Token.MISSING)


async def main():
    token = level.set('debug')
    print('token.var is level:', token.var is level, 'old:', token.old_value)
    print('other task sees:', await asyncio.create_task(reset_elsewhere(token)))
    level.reset(token)
    print('after reset:', level.get())
    try:
        level.reset(token)
    except RuntimeError as e:
        print('reset twice:', type(e).__name__, tail(e))
    t2 = other.set(1)
    try:
        level.reset(t2)
    except ValueError as e:
        print('wrong var:', type(e).__name__, tail(e))
    try:
        level.reset('not a token')
    except TypeError as e:
        print('not a token:', e)
    await asyncio.gather(scoped('warning'), scoped('error'))
    print('main sees', level.get())
    try:
        other.reset(t2)
        other.get()
    except LookupError as e:
        print('other unset again:', type(e).__name__, e.args[0] is other)


asyncio.run(main())
