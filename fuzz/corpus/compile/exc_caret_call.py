# Carets under a call expression and an attribute access.
class Service:
    def fetch(self, n):
        if n > 2:
            raise ConnectionError(f"cannot fetch {n}")
        return n

def run(service, ids):
    return [service.fetch(i) for i in ids]

s = Service()
print(run(s, [1, 2]))
print(len(run(s, [1, 2, 3])))
