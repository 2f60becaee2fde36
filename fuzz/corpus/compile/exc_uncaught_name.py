# NameError with "Did you mean" suggestion in the traceback.
counter = 10

def show():
    print(countr)

show()
