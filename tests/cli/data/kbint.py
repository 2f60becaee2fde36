def handler():
    raise KeyboardInterrupt
print("start", flush=True)
handler()
