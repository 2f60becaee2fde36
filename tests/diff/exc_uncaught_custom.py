# Uncaught user-defined exception with custom __str__ and a note.
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem
    def __str__(self):
        return f"{self.field}: {self.problem}"

def validate(record):
    if "name" not in record:
        err = ValidationError("name", "is required")
        err.add_note("record was: " + repr(record))
        raise err

validate({"name": "ok"})
validate({"age": 3})
