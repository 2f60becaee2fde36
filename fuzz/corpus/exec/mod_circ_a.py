# Circular import helper: a imports b which imports a.
print("mod_circ_a start")
A_EARLY = "a-early"
import mod_circ_b
A_LATE = "a-late"
def use_b():
    return mod_circ_b.B_VALUE + "+" + mod_circ_b.seen_from_b
print("mod_circ_a end")
