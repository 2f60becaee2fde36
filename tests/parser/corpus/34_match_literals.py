match x:
    case 1:
        pass
    case -1:
        pass
    case 1.5:
        pass
    case 1 + 2j:
        pass
    case -1 - 2j:
        pass
    case "string":
        pass
    case b"bytes":
        pass
    case "a" "b":
        pass
    case None:
        pass
    case True:
        pass
    case False:
        pass
    case a.b:
        pass
    case a.b.c:
        pass
    case _:
        pass
