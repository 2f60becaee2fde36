for i in range(10):
    if i % 2: continue
    for j in range(i):
        if j > 3: break
    else:
        pass
else:
    print(i)
