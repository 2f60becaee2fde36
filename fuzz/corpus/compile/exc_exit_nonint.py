# SystemExit with a non-integer, non-string code: printed, status 1.
print("about to exit")
raise SystemExit([1, 2])
