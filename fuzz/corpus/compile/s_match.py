match x:
    case [1, *rest] if rest: pass
    case {'a': y, **kw}: pass
    case Point(x=0) | None: pass
    case _: pass
