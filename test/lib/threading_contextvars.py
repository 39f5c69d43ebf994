# Each thread has its own contextvars context: a new thread starts with an empty one (Python
# 3.11), so values reach a thread only through Context.run (as asyncio.to_thread does).
import contextvars
import threading
from concurrent.futures import ThreadPoolExecutor

var = contextvars.ContextVar('var', default='default')
var.set('main')
out = []


def report(tag):
    out.append((tag, threading.current_thread().name, var.get()))


def set_and_report(tag, value):
    var.set(value)
    report(tag)


t = threading.Thread(target=report, args=('plain thread',))
t.start()
t.join()
ctx = contextvars.copy_context()
t = threading.Thread(target=ctx.run, args=(set_and_report, 'thread in a copy', 'changed'))
t.start()
t.join()
print(*out, sep='\n')
print('main:', var.get(), '| copy:', ctx[var])
out.clear()

with ThreadPoolExecutor(max_workers=1, thread_name_prefix='pool') as ex:
    ex.submit(report, 'pool first').result()
    ex.submit(set_and_report, 'pool sets', 'pool value').result()
    # The worker thread keeps its own context from one work item to the next.
    ex.submit(report, 'pool again').result()
    ex.submit(contextvars.copy_context().run, report, 'pool with a copy').result()
print(*out, sep='\n')
print('main:', var.get())
