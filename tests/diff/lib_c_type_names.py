import itertools, functools, operator, collections, io, array, datetime
objs = [itertools.count(), itertools.chain(), functools.partial(print), operator.itemgetter(1),
        collections.deque(), collections.defaultdict(), collections.OrderedDict(), io.StringIO(), io.BytesIO(),
        array.array('b'), datetime.date(2000,1,1), datetime.timedelta(1), datetime.timezone.utc,
        collections.Counter(), itertools.groupby([])]
for o in objs:
    for f in (lambda: len(o), lambda: o + 1j, lambda: o < 1j, lambda: o[0:1:2j]):
        try: f(); print('ok')
        except Exception as e: print(type(e).__name__, e)
