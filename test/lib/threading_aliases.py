import threading
t = threading.Thread(target=lambda: None, name='w')
print(t.getName(), t.isDaemon())
t.setName('renamed'); t.setDaemon(True)
print(t.name, t.daemon)
t.start(); t.join()
print(threading.currentThread().getName(), threading.activeCount(), threading.current_thread() is threading.currentThread())
e = threading.Event(); print(e.isSet()); e.set(); print(e.isSet())
c = threading.Condition()
with c:
    c.notifyAll()
print('ok')
raise SystemExit('done (the deprecated aliases warn on stderr under CPython)')
