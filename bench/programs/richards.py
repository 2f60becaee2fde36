# Richards: an operating-system task scheduler simulation (idle, worker,
# two handlers and two devices exchanging packets).  Own implementation.
import sys

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
NTASKS = 6
KIND_DEVICE, KIND_WORK = 0, 1
BUFSIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, sched, ident, prio, queue, waiting):
        self.sched = sched
        self.ident = ident
        self.prio = prio
        self.queue = queue
        self.waiting = waiting          # blocked until a packet arrives
        self.held = False
        self.link = sched.tasks         # tasks are listed by falling priority
        sched.tasks = self
        sched.table[ident] = self

    def runnable(self):
        return not self.held and (not self.waiting or self.queue is not None)

    def take_packet(self):
        p = self.queue
        self.queue = p.link
        p.link = None
        return p

    def add_packet(self, p, current):
        # Queue p on this task; returns the task to run next.
        if self.queue is None:
            self.queue = p
            if self.prio > current.prio and not self.held:
                return self
        else:
            self.queue = p.append_to(self.queue)
        return current


class IdleTask(Task):
    def __init__(self, sched, ident, prio, queue, waiting):
        Task.__init__(self, sched, ident, prio, queue, waiting)
        self.control = 1
        self.count = 10000

    def step(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.sched.hold_self()
        if self.control & 1 == 0:
            self.control >>= 1
            return self.sched.release(DEVICE_A)
        self.control = (self.control >> 1) ^ 0xD008
        return self.sched.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, sched, ident, prio, queue, waiting):
        Task.__init__(self, sched, ident, prio, queue, waiting)
        self.dest = HANDLER_A
        self.count = 0

    def step(self, packet):
        if packet is None:
            return self.sched.wait_packet()
        self.dest = HANDLER_B if self.dest == HANDLER_A else HANDLER_A
        packet.ident = self.dest
        packet.datum = 0
        for i in range(BUFSIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            packet.data[i] = 64 + self.count
        return self.sched.queue_packet(packet)


class HandlerTask(Task):
    def __init__(self, sched, ident, prio, queue, waiting):
        Task.__init__(self, sched, ident, prio, queue, waiting)
        self.work = None
        self.devices = None

    def step(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        work = self.work
        if work is not None:
            n = work.datum
            if n < BUFSIZE:
                dev = self.devices
                if dev is not None:
                    self.devices = dev.link
                    dev.datum = work.data[n]
                    work.datum = n + 1
                    return self.sched.queue_packet(dev)
            else:
                self.work = work.link
                return self.sched.queue_packet(work)
        return self.sched.wait_packet()


class DeviceTask(Task):
    def __init__(self, sched, ident, prio, queue, waiting):
        Task.__init__(self, sched, ident, prio, queue, waiting)
        self.pending = None

    def step(self, packet):
        if packet is None:
            p = self.pending
            if p is None:
                return self.sched.wait_packet()
            self.pending = None
            return self.sched.queue_packet(p)
        self.pending = packet
        self.sched.trace_count += packet.datum
        return self.sched.hold_self()


class Scheduler:
    def __init__(self):
        self.tasks = None
        self.table = [None] * NTASKS
        self.current = None
        self.queue_count = 0
        self.hold_count = 0
        self.trace_count = 0

    def find(self, ident):
        t = self.table[ident]
        if t is None:
            raise ValueError("bad task id %d" % ident)
        return t

    def hold_self(self):
        self.hold_count += 1
        cur = self.current
        cur.held = True
        return cur.link

    def wait_packet(self):
        self.current.waiting = True
        return self.current

    def release(self, ident):
        t = self.find(ident)
        t.held = False
        if t.prio > self.current.prio:
            return t
        return self.current

    def queue_packet(self, packet):
        t = self.find(packet.ident)
        self.queue_count += 1
        packet.link = None
        packet.ident = self.current.ident
        return t.add_packet(packet, self.current)

    def run(self):
        t = self.tasks
        while t is not None:
            if not t.runnable():
                t = t.link
                continue
            self.current = t
            packet = None
            if t.waiting:
                packet = t.take_packet()
                t.waiting = False
            t = t.step(packet)


def build():
    s = Scheduler()
    IdleTask(s, IDLE, 0, None, False)
    wq = Packet(None, IDLE, KIND_WORK)
    wq = Packet(wq, IDLE, KIND_WORK)
    WorkerTask(s, WORKER, 1000, wq, True)
    for ident, prio in ((HANDLER_A, 2000), (HANDLER_B, 3000)):
        q = Packet(None, DEVICE_A if ident == HANDLER_A else DEVICE_B, KIND_DEVICE)
        q = Packet(q, q.ident, KIND_DEVICE)
        q = Packet(q, q.ident, KIND_DEVICE)
        HandlerTask(s, ident, prio, q, True)
    DeviceTask(s, DEVICE_A, 4000, None, True)
    DeviceTask(s, DEVICE_B, 5000, None, True)
    return s


def main(n):
    total_q = total_h = total_t = 0
    for _ in range(n):
        s = build()
        s.run()
        total_q += s.queue_count
        total_h += s.hold_count
        total_t += s.trace_count
    print("richards", n, total_q, total_h, total_t)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 10)
