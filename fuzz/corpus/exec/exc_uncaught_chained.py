# Uncaught exception with an explicit cause (raise ... from ...).
def parse(text):
    try:
        return int(text)
    except ValueError as exc:
        raise RuntimeError(f"could not parse {text!r}") from exc

print(parse("12"))
print(parse("twelve"))
