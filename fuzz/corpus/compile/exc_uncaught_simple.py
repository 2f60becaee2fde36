# Uncaught exception at module level: traceback on stderr, exit 1.
print("before")
values = {"a": 1}
print(values["a"])
raise ValueError("something bad happened")
