# Order of evaluation in expressions, calls, assignments, dicts.
log = []
def t(name, value=None):
    log.append(name)
    return name if value is None else value
def show():
    print(log)
    log.clear()
t("a") + t("b") * t("c", 1)
show()
t("f", lambda *a, **k: None)(t("x"), t("y"), k=t("z"))
show()
d = {t("k1"): t("v1"), t("k2"): t("v2")}
show()
lst = [0, 0, 0]
lst[t("i", 0)] = t("rhs")
show()
t("L", lst)[t("i", 1)] = t("rhs2")
show()
x = t("cond", True) and t("yes") or t("no")
show()
t("a", 1) < t("b", 2) < t("c", 3)
show()
v = t("then") if t("test", False) else t("else")
show()
a, b = t("first"), t("second")
show()
t("m", {})[t("key")] = t("val")
show()
class O:
    pass
o = O()
def obj():
    log.append("obj")
    return o
obj().attr = t("attr-value")
show()
[t("e1"), *t("star", [1]), t("e2")]
show()
f"{t('fa')}{t('fb')}"
show()
def g(a=t("default")):
    pass
show()
t("pw", 2) ** t("ex", 3)
show()
{t("s1"), t("s2")}
show()
t("fn", lambda *a, **k: None)(*t("args", []), **t("kwargs", {}))
show()
x = [t("c%d" % i) for i in range(3)]
show()
i = 0
arr = [10, 20, 30]
i, arr[i] = 1, 99
print(i, arr)
z = {t("dup"): 1, t("dup2"): 2}
show()
