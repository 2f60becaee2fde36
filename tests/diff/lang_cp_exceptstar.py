# except* with exception groups.
def run(excs):
    try:
        raise ExceptionGroup('eg', excs)
    except* ValueError as eg:
        print('ValueError part:', [repr(e) for e in eg.exceptions])
    except* TypeError as eg:
        print('TypeError part:', [repr(e) for e in eg.exceptions])


run([ValueError(1), TypeError(2), ValueError(3)])
run([ValueError('only')])
try:
    run([KeyError('k'), ValueError('v')])
except ExceptionGroup as rest:
    print('unhandled:', [repr(e) for e in rest.exceptions])
try:
    raise ValueError('naked')
except* ValueError as eg:
    print('naked wrapped:', type(eg).__name__, [repr(e) for e in eg.exceptions])
try:
    try:
        raise ExceptionGroup('x', [ValueError(1)])
    except* ValueError:
        raise KeyError('from handler')
except Exception as e:
    print('raised in handler:', type(e).__name__, repr(e.__context__))
try:
    pass
except* ValueError:
    print('no')
else:
    print('else branch')
finally:
    print('finally branch')
