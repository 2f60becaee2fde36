# An observer/event system with priorities, one-shot handlers and errors.
class EventBus:
    def __init__(self):
        self.handlers = {}
        self.log = []
    def on(self, event, priority=0, once=False):
        def register(fn):
            self.handlers.setdefault(event, []).append((priority, len(self.handlers.get(event, [])), fn, once))
            return fn
        return register
    def emit(self, event, *args, **kwargs):
        entries = sorted(self.handlers.get(event, []), key=lambda e: (-e[0], e[1]))
        results = []
        for entry in entries:
            prio, _, fn, once = entry
            if once:
                self.handlers[event].remove(entry)
            try:
                results.append(fn(*args, **kwargs))
            except Exception as e:
                self.log.append(f"{event}: {fn.__name__} failed: {type(e).__name__}: {e}")
            if results and results[-1] == "stop":
                break
        return results
bus = EventBus()
@bus.on("greet")
def hello(name):
    return f"hello {name}"
@bus.on("greet", priority=10)
def first(name):
    return f"first sees {name}"
@bus.on("greet", once=True)
def only_once(name):
    return "once!"
@bus.on("greet", priority=-5)
def broken(name):
    return name + 1
print(bus.emit("greet", "ann"))
print(bus.emit("greet", "bob"))
print(bus.log)
@bus.on("save", priority=5)
def validate(doc):
    if not doc.get("title"):
        return "stop"
    return "valid"
@bus.on("save")
def store(doc):
    return "stored " + doc["title"]
print(bus.emit("save", {"title": "T"}), bus.emit("save", {}), bus.emit("nothing"))
class Model:
    def __init__(self, bus):
        self.bus = bus
        self._v = 0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, new):
        old, self._v = self._v, new
        self.bus.emit("changed", old=old, new=new)
changes = []
bus.on("changed")(lambda old, new: changes.append((old, new)))
m = Model(bus)
m.v = 3
m.v += 4
print(changes, m.v)
