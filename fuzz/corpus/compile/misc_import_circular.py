# Circular imports: partially initialised modules.
import mod_circ_a
print(mod_circ_a.use_b())
import mod_circ_b
print(mod_circ_b.has_late, mod_circ_b.seen_from_b, mod_circ_a.A_LATE)
import sys
print(sorted(m for m in sys.modules if m.startswith("mod_circ")))
