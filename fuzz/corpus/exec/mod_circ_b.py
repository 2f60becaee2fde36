# Circular import helper (see mod_circ_a).
print("mod_circ_b start")
import mod_circ_a
seen_from_b = mod_circ_a.A_EARLY
has_late = hasattr(mod_circ_a, "A_LATE")
B_VALUE = "b-value"
print("mod_circ_b end, saw A_LATE:", has_late)
