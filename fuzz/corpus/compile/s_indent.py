if 1:
	if 2:
		pass
  
# comment
\
x = 1
