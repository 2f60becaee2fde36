# Helper module with state, imported several times.
count = 0
def bump():
    global count
    count += 1
    return count
print("mod_counter imported")
