total = 0
while True:
    try:
        line = input("num? ")
    except EOFError:
        print()
        print("EOF")
        break
    total += int(line)
print("total", total)
