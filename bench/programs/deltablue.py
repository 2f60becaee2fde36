# DeltaBlue: an incremental one-way dataflow constraint solver (Freeman-
# Benson & Maloney), exercised with the classic chain and projection tests.
# Own implementation.
import sys

# Strengths: lower number = stronger.
REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT, NORMAL, WEAK_DEFAULT, WEAKEST = range(7)


def stronger(a, b):
    return a < b


def weaker(a, b):
    return a > b


def weakest_of(a, b):
    return a if a > b else b


class Variable:
    def __init__(self, name, value=0):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.mark = 0
        self.walk_strength = WEAKEST
        self.stay = True


class Constraint:
    def __init__(self, strength):
        self.strength = strength

    def add(self, planner):
        self.add_to_graph()
        planner.incremental_add(self)

    def satisfy(self, mark, planner):
        # Pick a direction; returns the overridden constraint or None.
        self.choose_method(mark)
        if not self.is_satisfied():
            if self.strength == REQUIRED:
                raise RuntimeError("could not satisfy a required constraint")
            return None
        self.mark_inputs(mark)
        out = self.output()
        overridden = out.determined_by
        if overridden is not None:
            overridden.mark_unsatisfied()
        out.determined_by = self
        if not planner.add_propagate(self, mark):
            raise RuntimeError("cycle encountered")
        out.mark = mark
        return overridden

    def destroy(self, planner):
        if self.is_satisfied():
            planner.incremental_remove(self)
        self.remove_from_graph()

    def is_input(self):
        return False


class UnaryConstraint(Constraint):
    def __init__(self, v, strength, planner):
        Constraint.__init__(self, strength)
        self.out = v
        self.satisfied = False
        self.add(planner)

    def add_to_graph(self):
        self.out.constraints.append(self)
        self.satisfied = False

    def choose_method(self, mark):
        self.satisfied = self.out.mark != mark and stronger(self.strength, self.out.walk_strength)

    def is_satisfied(self):
        return self.satisfied

    def mark_inputs(self, mark):
        pass

    def output(self):
        return self.out

    def recalculate(self):
        self.out.walk_strength = self.strength
        self.out.stay = not self.is_input()
        if self.out.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.satisfied = False

    def inputs_known(self, mark):
        return True

    def remove_from_graph(self):
        if self in self.out.constraints:
            self.out.constraints.remove(self)
        self.satisfied = False

    def execute(self):
        pass


class StayConstraint(UnaryConstraint):
    pass


class EditConstraint(UnaryConstraint):
    def is_input(self):
        return True


FORWARD, BACKWARD, NONE = 1, 0, -1


class BinaryConstraint(Constraint):
    def __init__(self, a, b, strength, planner):
        Constraint.__init__(self, strength)
        self.v1 = a
        self.v2 = b
        self.direction = NONE
        self.add(planner)

    def choose_method(self, mark):
        v1, v2 = self.v1, self.v2
        if v1.mark == mark:
            ok = v2.mark != mark and stronger(self.strength, v2.walk_strength)
            self.direction = FORWARD if ok else NONE
        elif v2.mark == mark:
            ok = v1.mark != mark and stronger(self.strength, v1.walk_strength)
            self.direction = BACKWARD if ok else NONE
        elif weaker(v1.walk_strength, v2.walk_strength):
            self.direction = BACKWARD if stronger(self.strength, v1.walk_strength) else NONE
        else:
            self.direction = FORWARD if stronger(self.strength, v2.walk_strength) else BACKWARD

    def add_to_graph(self):
        self.v1.constraints.append(self)
        self.v2.constraints.append(self)
        self.direction = NONE

    def is_satisfied(self):
        return self.direction != NONE

    def mark_inputs(self, mark):
        self.input().mark = mark

    def input(self):
        return self.v1 if self.direction == FORWARD else self.v2

    def output(self):
        return self.v2 if self.direction == FORWARD else self.v1

    def recalculate(self):
        ihn, out = self.input(), self.output()
        out.walk_strength = weakest_of(self.strength, ihn.walk_strength)
        out.stay = ihn.stay
        if out.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.direction = NONE

    def inputs_known(self, mark):
        i = self.input()
        return i.mark == mark or i.stay or i.determined_by is None

    def remove_from_graph(self):
        for v in (self.v1, self.v2):
            if self in v.constraints:
                v.constraints.remove(self)
        self.direction = NONE


class ScaleConstraint(BinaryConstraint):
    def __init__(self, src, scale, offset, dest, strength, planner):
        self.direction = NONE
        self.scale = scale
        self.offset = offset
        BinaryConstraint.__init__(self, src, dest, strength, planner)

    def add_to_graph(self):
        BinaryConstraint.add_to_graph(self)
        self.scale.constraints.append(self)
        self.offset.constraints.append(self)

    def remove_from_graph(self):
        BinaryConstraint.remove_from_graph(self)
        for v in (self.scale, self.offset):
            if self in v.constraints:
                v.constraints.remove(self)

    def mark_inputs(self, mark):
        BinaryConstraint.mark_inputs(self, mark)
        self.scale.mark = self.offset.mark = mark

    def execute(self):
        if self.direction == FORWARD:
            self.v2.value = self.v1.value * self.scale.value + self.offset.value
        else:
            self.v1.value = (self.v2.value - self.offset.value) // self.scale.value

    def recalculate(self):
        ihn, out = self.input(), self.output()
        out.walk_strength = weakest_of(self.strength, ihn.walk_strength)
        out.stay = ihn.stay and self.scale.stay and self.offset.stay
        if out.stay:
            self.execute()


class EqualityConstraint(BinaryConstraint):
    def execute(self):
        self.output().value = self.input().value


class Plan:
    def __init__(self):
        self.steps = []

    def execute(self):
        for c in self.steps:
            c.execute()


class Planner:
    def __init__(self):
        self.current_mark = 0

    def new_mark(self):
        self.current_mark += 1
        return self.current_mark

    def incremental_add(self, c):
        mark = self.new_mark()
        overridden = c.satisfy(mark, self)
        while overridden is not None:
            overridden = overridden.satisfy(mark, self)

    def incremental_remove(self, c):
        out = c.output()
        c.mark_unsatisfied()
        c.remove_from_graph()
        unsatisfied = self.remove_propagate_from(out)
        for s in range(REQUIRED, WEAKEST + 1):
            for u in unsatisfied:
                if u.strength == s:
                    self.incremental_add(u)

    def make_plan(self, sources):
        mark = self.new_mark()
        plan = Plan()
        todo = list(sources)
        while todo:
            c = todo.pop(0)
            out = c.output()
            if out.mark != mark and c.inputs_known(mark):
                plan.steps.append(c)
                out.mark = mark
                self.add_constraints_consuming_to(out, todo)
        return plan

    def extract_plan_from(self, constraints):
        return self.make_plan([c for c in constraints if c.is_input() and c.is_satisfied()])

    def add_propagate(self, c, mark):
        todo = [c]
        while todo:
            d = todo.pop(0)
            if d.output().mark == mark:
                self.incremental_remove(c)
                return False
            d.recalculate()
            self.add_constraints_consuming_to(d.output(), todo)
        return True

    def remove_propagate_from(self, out):
        out.determined_by = None
        out.walk_strength = WEAKEST
        out.stay = True
        unsatisfied = []
        todo = [out]
        while todo:
            v = todo.pop(0)
            for c in v.constraints:
                if not c.is_satisfied():
                    unsatisfied.append(c)
            determining = v.determined_by
            for c in v.constraints:
                if c is not determining and c.is_satisfied():
                    c.recalculate()
                    todo.append(c.output())
        return unsatisfied

    def add_constraints_consuming_to(self, v, todo):
        determining = v.determined_by
        for c in v.constraints:
            if c is not determining and c.is_satisfied():
                todo.append(c)


def chain_test(n):
    planner = Planner()
    vs = [Variable("v%d" % i) for i in range(n + 1)]
    for i in range(n):
        EqualityConstraint(vs[i], vs[i + 1], REQUIRED, planner)
    StayConstraint(vs[n], STRONG_DEFAULT, planner)
    edit = EditConstraint(vs[0], PREFERRED, planner)
    plan = planner.extract_plan_from([edit])
    total = 0
    for i in range(100):
        vs[0].value = i
        plan.execute()
        if vs[n].value != i:
            raise RuntimeError("chain test failed")
        total += vs[n].value
    edit.destroy(planner)
    return total


def change(planner, v, new_value):
    edit = EditConstraint(v, PREFERRED, planner)
    plan = planner.extract_plan_from([edit])
    for _ in range(10):
        v.value = new_value
        plan.execute()
    edit.destroy(planner)


def projection_test(n):
    planner = Planner()
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    src = dst = None
    dests = []
    for i in range(n):
        src = Variable("src%d" % i, i)
        dst = Variable("dst%d" % i, i)
        dests.append(dst)
        StayConstraint(src, NORMAL, planner)
        ScaleConstraint(src, scale, offset, dst, REQUIRED, planner)
    change(planner, src, 17)
    if dst.value != 1170:
        raise RuntimeError("projection 1 failed")
    change(planner, dst, 1050)
    if src.value != 5:
        raise RuntimeError("projection 2 failed")
    change(planner, scale, 5)
    total = 0
    for i in range(n - 1):
        if dests[i].value != i * 5 + 1000:
            raise RuntimeError("projection 3 failed")
        total += dests[i].value
    change(planner, offset, 2000)
    for i in range(n - 1):
        if dests[i].value != i * 5 + 2000:
            raise RuntimeError("projection 4 failed")
        total += dests[i].value
    return total


def main(iterations):
    total = 0
    for _ in range(iterations):
        total += chain_test(100)
        total += projection_test(100)
    print("deltablue", iterations, total)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 100)
