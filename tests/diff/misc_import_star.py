# from module import * with and without __all__.
from mod_star import *
print(public_a, public_b, _exported_private)
try:
    print(public_c)
except NameError as e:
    print(e)
try:
    print(_hidden)
except NameError as e:
    print(e)
from mod_noall import *
print(visible, also_visible)
try:
    print(_invisible)
except NameError as e:
    print(e)
print("_sys_alias" in dir())
import mod_star
print(mod_star.__all__, mod_star.public_c)
try:
    exec("def f():\n    from mod_star import *\n")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
