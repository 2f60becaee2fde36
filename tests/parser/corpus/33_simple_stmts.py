pass
x = 1; y = 2
x = 1; y = 2;
pass; pass
for x in y: break
for x in y: continue
while True: pass
if x: pass; pass
...
Ellipsis
None
True
False
