# A tiny stack virtual machine with an assembler and error handling.
class VMError(Exception):
    pass
def assemble(text):
    prog, labels = [], {}
    for line in text.strip().splitlines():
        line = line.split(";")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(prog)
            continue
        op, *arg = line.split()
        prog.append((op.upper(), arg[0] if arg else None))
    return [(op, labels.get(a, a) if op in ("JMP", "JZ", "CALL") else (int(a) if a is not None and a.lstrip("-").isdigit() else a)) for op, a in prog]
def run(prog, trace=False, limit=10000):
    stack, calls, pc, steps, out = [], [], 0, 0, []
    env = {}
    while pc < len(prog):
        steps += 1
        if steps > limit:
            raise VMError("step limit exceeded")
        op, arg = prog[pc]
        pc += 1
        if op == "PUSH": stack.append(arg)
        elif op == "POP": stack.pop()
        elif op == "DUP": stack.append(stack[-1])
        elif op == "SWAP": stack[-1], stack[-2] = stack[-2], stack[-1]
        elif op in ("ADD", "SUB", "MUL", "DIV", "MOD", "LT", "EQ"):
            if len(stack) < 2:
                raise VMError(f"stack underflow at {pc - 1} ({op})")
            b, a = stack.pop(), stack.pop()
            if op in ("DIV", "MOD") and b == 0:
                raise VMError("division by zero")
            stack.append({"ADD": a + b, "SUB": a - b, "MUL": a * b, "DIV": a // b if op == "DIV" else 0,
                          "MOD": a % b if op == "MOD" else 0, "LT": int(a < b), "EQ": int(a == b)}[op])
        elif op == "STORE": env[arg] = stack.pop()
        elif op == "LOAD":
            if arg not in env:
                raise VMError(f"undefined variable {arg}")
            stack.append(env[arg])
        elif op == "JMP": pc = arg
        elif op == "JZ":
            if stack.pop() == 0:
                pc = arg
        elif op == "CALL": calls.append(pc); pc = arg
        elif op == "RET": pc = calls.pop()
        elif op == "PRINT": out.append(stack.pop())
        elif op == "HALT": break
        else:
            raise VMError(f"unknown opcode {op}")
    return out, steps
factorial = """
    push 1
    store acc
    push 20
    store n
loop:
    load n
    jz done
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
done:
    load acc
    print
    halt
"""
print(run(assemble(factorial)))
fib = """
    push 0
    store a
    push 1
    store b
    push 15
    store k
top:
    load k
    jz end
    load a
    print
    load a
    load b
    dup
    store a
    add
    store b
    load k
    push 1
    sub
    store k
    jmp top
end:
"""
print(run(assemble(fib)))
for bad in ["push 1\nadd", "push 1\npush 0\ndiv", "load zz", "frob", "top:\njmp top"]:
    try:
        run(assemble(bad))
    except VMError as e:
        print("VMError:", e)
