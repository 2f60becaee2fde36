def g():
    x = yield from range(3)
    try:
        yield x
    except* ValueError as e:
        raise
    finally:
        del x
