# An exception raised in finally while another propagates; context chain.
def cleanup():
    raise OSError("cleanup failed")

def work():
    try:
        [][0]
    finally:
        cleanup()

work()
