# raise ... from None hides the context in the traceback.
class Config:
    def __init__(self):
        self.data = {"port": "80"}
    def get(self, key):
        try:
            return self.data[key]
        except KeyError:
            raise LookupError(f"missing setting {key}") from None

c = Config()
print(c.get("port"))
c.get("host")
