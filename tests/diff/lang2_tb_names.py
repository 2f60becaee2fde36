def fn():
    lenght = 3
    return lenghtt
try:
    fn()
except NameError as e:
    print(e)
class Obj:
    attribute = 1
try:
    Obj().atribute
except AttributeError as e:
    print(e)
prnt('x')
