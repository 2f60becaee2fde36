if x: a = 1; b = 2; c = 3
while x: x -= 1; continue
for x in y: pass;
class A: x = 1; y = 2
def f(): return 1;
