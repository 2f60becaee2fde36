# A tiny template engine: {{ expr }} substitution, {% for %} and {% if %} blocks.
class TemplateError(Exception):
    pass
def render(tpl, ctx):
    out, i = [], 0
    while i < len(tpl):
        j = tpl.find("{", i)
        if j < 0 or j + 1 >= len(tpl):
            out.append(tpl[i:]); break
        out.append(tpl[i:j])
        if tpl[j + 1] == "{":
            k = tpl.find("}}", j)
            if k < 0:
                raise TemplateError("unclosed {{ at %d" % j)
            expr = tpl[j + 2:k].strip()
            out.append(str(lookup(expr, ctx)))
            i = k + 2
        elif tpl[j + 1] == "%":
            k = tpl.find("%}", j)
            tag = tpl[j + 2:k].split()
            if tag[0] == "for":
                end = find_end(tpl, k + 2, "for")
                body = tpl[k + 2:end[0]]
                for v in lookup(tag[3], ctx):
                    out.append(render(body, {**ctx, tag[1]: v}))
                i = end[1]
            elif tag[0] == "if":
                end = find_end(tpl, k + 2, "if")
                if lookup(tag[1], ctx):
                    out.append(render(tpl[k + 2:end[0]], ctx))
                i = end[1]
            else:
                raise TemplateError(f"unknown tag {tag[0]!r}")
        else:
            out.append("{"); i = j + 1
    return "".join(out)
def find_end(tpl, start, kind):
    depth, i = 1, start
    while True:
        j = tpl.find("{%", i)
        if j < 0:
            raise TemplateError(f"missing end{kind}")
        k = tpl.find("%}", j)
        word = tpl[j + 2:k].split()[0]
        if word == kind:
            depth += 1
        elif word == "end" + kind:
            depth -= 1
            if depth == 0:
                return j, k + 2
        i = k + 2
def lookup(expr, ctx):
    parts = expr.split(".")
    if parts[0] not in ctx:
        raise TemplateError(f"undefined {parts[0]!r}")
    v = ctx[parts[0]]
    for p in parts[1:]:
        v = v[p] if isinstance(v, dict) else getattr(v, p)
        if callable(v):
            v = v()
    return v
page = """Hello {{ user.name }}!
{% for item in items %}- {{ item.title }} ({{ item.qty }}){% if item.qty %} in stock{% endif %}
{% endfor %}{% if admin %}[admin]{% endif %}Total: {{ total }} {{ user.name.upper }}"""
ctx = {"user": {"name": "ann"}, "items": [{"title": "pen", "qty": 3}, {"title": "ink", "qty": 0}], "admin": False, "total": 3}
print(render(page, ctx))
print(render("{% for r in rows %}{% for c in r %}{{ c }}{% endfor %};{% endfor %}", {"rows": [[1, 2], [3]]}))
for bad in ["{{ missing }}", "{{ open", "{% for x in xs %}no end", "{% while %}"]:
    try:
        render(bad, {"xs": []})
    except TemplateError as e:
        print("TemplateError:", e)
print(render("a { b } {x}", {}))
