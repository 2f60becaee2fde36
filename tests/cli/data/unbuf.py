import sys
print("stdout 1")
sys.stderr.write("stderr 2\n")
print("stdout 3")
sys.stderr.write("stderr 4\n")
