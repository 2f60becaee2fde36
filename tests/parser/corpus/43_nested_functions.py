def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        def innermost():
            return x
        return innermost
    class Local:
        def method(self):
            return x
    return inner

def gen():
    for i in range(10):
        if i % 2:
            yield i
        else:
            continue
