# Realistic: discrete event simulation with generator-based processes and an observer registry
import functools

class Simulation:
    def __init__(self):
        self.now = 0
        self.queue = []   # list of (time, seq, process, value)
        self.seq = 0
        self.listeners = {}
        self.log = []

    def on(self, event):
        def register(fn):
            self.listeners.setdefault(event, []).append(fn)
            return fn
        return register

    def emit(self, event, **data):
        for fn in self.listeners.get(event, []):
            fn(self, **data)

    def start(self, proc, delay=0):
        self.schedule(proc, delay, None)

    def schedule(self, proc, delay, value):
        self.seq += 1
        self.queue.append((self.now + delay, self.seq, proc, value))

    def run(self, until=100):
        while self.queue:
            self.queue.sort(key=lambda e: (e[0], e[1]))
            t, _, proc, value = self.queue.pop(0)
            if t > until:
                self.log.append(f"stopped at {until}")
                break
            self.now = t
            try:
                delay = proc.send(value)
                self.schedule(proc, delay, self.now + delay)
            except StopIteration as stop:
                self.emit("finished", name=stop.value)

sim = Simulation()
stats = {"served": 0, "wait": 0}

@sim.on("finished")
def on_finished(sim, name):
    print(f"t={sim.now:3} process {name} finished")

@sim.on("served")
def count_served(sim, who, waited):
    stats["served"] += 1
    stats["wait"] += waited

counter_free = [0]

def customer(name, arrive, service):
    yield arrive
    arrived = sim.now
    start = max(sim.now, counter_free[0])
    counter_free[0] = start + service
    print(f"t={sim.now:3} {name} arrives, will start at {start}")
    yield start - sim.now
    sim.emit("served", who=name, waited=sim.now - arrived)
    print(f"t={sim.now:3} {name} being served for {service}")
    yield service
    return name

def ticker(period, count):
    for i in range(count):
        t = yield period
        print(f"t={t:3} tick {i}")
    return "ticker"

for name, arrive, service in [("ann", 1, 5), ("bob", 2, 3), ("cy", 2, 4), ("dee", 15, 2)]:
    sim.start(customer(name, arrive, service))
sim.start(ticker(7, 3))
sim.run(until=50)
print(stats, "avg wait", stats["wait"] / stats["served"])

@functools.lru_cache(maxsize=None)
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)
sim2 = Simulation()
def forever():
    while True:
        yield 10
sim2.start(forever())
sim2.run(until=35)
print(sim2.now, sim2.log, ways(30))
