# Unterminated string literal.
greeting = "hello
print(greeting)
