# Realistic: priority scheduler built on a hand-written binary heap
class MinHeap:
    def __init__(self):
        self.a = []

    def __len__(self):
        return len(self.a)

    def push(self, item):
        a = self.a
        a.append(item)
        i = len(a) - 1
        while i > 0:
            parent = (i - 1) // 2
            if a[i] < a[parent]:
                a[i], a[parent] = a[parent], a[i]
                i = parent
            else:
                break

    def pop(self):
        a = self.a
        if not a:
            raise IndexError("pop from empty heap")
        top = a[0]
        last = a.pop()
        if a:
            a[0] = last
            i, n = 0, len(a)
            while True:
                l, r, smallest = 2 * i + 1, 2 * i + 2, i
                if l < n and a[l] < a[smallest]:
                    smallest = l
                if r < n and a[r] < a[smallest]:
                    smallest = r
                if smallest == i:
                    break
                a[i], a[smallest] = a[smallest], a[i]
                i = smallest
        return top

class Scheduler:
    def __init__(self):
        self.heap = MinHeap()
        self.seq = 0
        self.time = 0
        self.done = []

    def submit(self, name, priority, duration, at=None):
        self.seq += 1
        start = self.time if at is None else at
        self.heap.push((start, priority, self.seq, name, duration))
        print(f"t={self.time:3} submit {name:<8} prio={priority} dur={duration} ready@{start}")

    def run(self):
        while len(self.heap):
            ready, prio, seq, name, dur = self.heap.pop()
            if ready > self.time:
                print(f"t={self.time:3} idle until {ready}")
                self.time = ready
            slice_ = min(dur, 3)
            self.time += slice_
            remaining = dur - slice_
            print(f"t={self.time:3} ran {name:<8} for {slice_} (prio {prio}), remaining {remaining}")
            if remaining:
                self.heap.push((self.time, prio + 1, seq, name, remaining))
            else:
                self.done.append((name, self.time))
            if name == "backup" and remaining == 0:
                self.submit("cleanup", 0, 2)

h = MinHeap()
import random
random.seed(42)
nums = [random.randint(0, 99) for _ in range(15)]
for n in nums:
    h.push(n)
print(nums)
print([h.pop() for _ in range(len(nums))])
try:
    h.pop()
except IndexError as e:
    print("IndexError:", e)
s = Scheduler()
s.submit("compile", 2, 5)
s.submit("email", 1, 1)
s.submit("backup", 3, 4)
s.submit("report", 1, 7, at=20)
s.submit("index", 0, 2, at=4)
s.run()
print("completed:", s.done)
print("order:", [n for n, _ in s.done], "makespan", s.time)
