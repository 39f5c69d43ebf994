# threading.local: each thread sees its own attributes; a subclass's __init__ runs again, with
# the same arguments, in every thread that uses the object.
import threading

data = threading.local()
data.name = 'main'
seen = []


def look(tag):
    seen.append((tag, getattr(data, 'name', '<unset>'), hasattr(data, 'name')))
    data.name = tag
    seen.append((tag, data.name))


for tag in ('t1', 't2'):
    t = threading.Thread(target=look, args=(tag,))
    t.start()
    t.join()
print(seen)
print('main still sees', data.name, sorted(data.__dict__))
del data.name
print(hasattr(data, 'name'))
try:
    data.name
except AttributeError as e:
    print('AttributeError:', e)
try:
    del data.missing
except AttributeError as e:
    print('AttributeError:', e)
print(type(data).__name__, type(data).__module__)


class Session(threading.local):
    created = 0

    def __init__(self, user):
        Session.created += 1
        self.user = user
        self.calls = []

    def call(self, what):
        self.calls.append(what)
        return f'{self.user}:{len(self.calls)}'


s = Session('alice')
print(s.call('a'), s.call('b'))
out = []


def use():
    out.append((s.user, s.calls, s.call('c')))
    s.user = 'bob'
    out.append(s.call('d'))


t = threading.Thread(target=use)
t.start()
t.join()
print(out)
print(s.user, s.calls, Session.created)
try:
    threading.local(1)
except TypeError as e:
    print('TypeError:', e)


class Slot(threading.local):
    @property
    def doubled(self):
        return self.value * 2


sl = Slot()
sl.value = 21
print(sl.doubled)
try:
    sl.doubled = 3
except AttributeError as e:
    print('AttributeError: read-only property')
