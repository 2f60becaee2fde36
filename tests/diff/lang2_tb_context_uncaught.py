class Res:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise RuntimeError('exit failed')
def work():
    with Res():
        {}['missing']
print('start')
work()
