# Helper module that fails during import.
print("mod_raises executing")
VALUE = 1
raise RuntimeError("mod_raises failed to initialise")
