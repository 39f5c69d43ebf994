import asyncio
import random

random.seed(5)


class Node:
    def __init__(self, nid, cluster):
        self.nid = nid
        self.cluster = cluster
        self.term = 0
        self.voted_for = {}
        self.leader = None
        self.alive = True
        self.heartbeat = asyncio.Event()
        self.log = cluster.log

    def request_vote(self, candidate, term):
        if not self.alive or term < self.term:
            return False
        if self.voted_for.get(term) in (None, candidate):
            self.voted_for[term] = candidate
            self.term = term
            return True
        return False

    async def run(self, rounds):
        for _ in range(rounds):
            if not self.alive:
                self.log.append(f"node {self.nid} is down, stops")
                return
            self.heartbeat.clear()
            timeout = 0.02 + 0.03 * self.nid + random.choice([0, 0.004])
            try:
                await asyncio.wait_for(self.heartbeat.wait(), timeout)
            except asyncio.TimeoutError:
                if self.leader == self.nid:
                    self.cluster.beat(self.nid)
                    continue
                await self.campaign()

    async def campaign(self):
        self.term += 1
        term = self.term
        self.voted_for[term] = self.nid
        votes = 1
        for peer in self.cluster.nodes:
            if peer is self:
                continue
            await asyncio.sleep(0)
            if peer.request_vote(self.nid, term):
                votes += 1
        if votes > len(self.cluster.nodes) // 2 and self.term == term:
            self.log.append(f"node {self.nid} elected for term {term} with {votes} votes")
            self.cluster.elect(self.nid, term)
        else:
            self.log.append(f"node {self.nid} lost term {term} with {votes} votes")


class Cluster:
    def __init__(self, n):
        self.log = []
        self.nodes = [Node(i, self) for i in range(n)]
        self.leaders = []
        self.beats = 0
        self.two_beats = asyncio.Event()

    def elect(self, nid, term):
        self.leaders.append((term, nid))
        for node in self.nodes:
            if node.alive:
                node.leader = nid
                node.term = max(node.term, term)
                node.heartbeat.set()

    def beat(self, nid):
        self.beats += 1
        if self.beats == 2:
            self.two_beats.set()
        for node in self.nodes:
            if node.alive and node.nid != nid:
                node.heartbeat.set()


async def main():
    c = Cluster(5)
    runners = [asyncio.create_task(n.run(12)) for n in c.nodes]

    async def chaos():
        await c.two_beats.wait()
        leader = c.leaders[-1][1] if c.leaders else None
        if leader is not None:
            c.nodes[leader].alive = False
            c.log.append(f"leader {leader} crashed")

    await asyncio.gather(*runners, chaos())
    for line in c.log:
        print(line)
    print("leaders", c.leaders)
    print("terms", [n.term for n in c.nodes], "alive", [n.alive for n in c.nodes])
    print("agree", len({n.leader for n in c.nodes if n.alive}) == 1)


asyncio.run(main())
