# A table-driven state machine parsing simple CSV with quotes.
def parse_csv_line(line):
    state = "start"
    field, fields = [], []
    for ch in line + "\n":
        if state == "start":
            if ch == '"':
                state = "quoted"
            elif ch in ",\n":
                fields.append("")
            else:
                field.append(ch); state = "plain"
        elif state == "plain":
            if ch in ",\n":
                fields.append("".join(field)); field = []; state = "start"
            elif ch == '"':
                raise ValueError(f"quote inside unquoted field: {line!r}")
            else:
                field.append(ch)
        elif state == "quoted":
            if ch == '"':
                state = "quote_in_quoted"
            elif ch == "\n":
                raise ValueError(f"unterminated quoted field: {line!r}")
            else:
                field.append(ch)
        elif state == "quote_in_quoted":
            if ch == '"':
                field.append('"'); state = "quoted"
            elif ch in ",\n":
                fields.append("".join(field)); field = []; state = "start"
            else:
                raise ValueError(f"garbage after closing quote: {line!r}")
    return fields
for line in ['a,b,c', '"x, y",z', '', ',', '"he said ""hi"""', 'one,"",three', '1,2,3,4,5', '"multi word" ,x']:
    try:
        print(repr(line), "->", parse_csv_line(line))
    except ValueError as e:
        print("ValueError:", e)
for bad in ['ab"c', '"open', '"x"y']:
    try:
        parse_csv_line(bad)
    except ValueError as e:
        print("ValueError:", e)
class TrafficLight:
    transitions = {"red": ("green", 3), "green": ("yellow", 2), "yellow": ("red", 1)}
    def __init__(self):
        self.state = "red"
        self.timer = 3
    def tick(self):
        self.timer -= 1
        if self.timer == 0:
            self.state, self.timer = self.transitions[self.state]
        return self.state
tl = TrafficLight()
print([tl.tick() for _ in range(12)])
