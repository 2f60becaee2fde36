# subprocess's API that needs no process: the constants, the exceptions
# and CompletedProcess (Pyclave starts no processes; Popen raises).
import subprocess

print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
print(sorted(subprocess.__all__))
e = subprocess.CalledProcessError(3, ["prog", "x"], output=b"out", stderr=b"err")
print(str(e), e.returncode, e.cmd, e.output, e.stdout, e.stderr)
e.stdout = b"new"
print(e.output, isinstance(e, subprocess.SubprocessError))
print(str(subprocess.CalledProcessError(1, "cmd")))
t = subprocess.TimeoutExpired("sleep", 1.5, output=b"partial")
print(str(t), t.timeout, t.stdout, t.stderr)
cp = subprocess.CompletedProcess(["a", "b"], 0, stdout="x")
print(repr(cp), repr(subprocess.CompletedProcess("a", 2)))
cp.check_returncode()
try:
    subprocess.CompletedProcess("bad", 2, "o", "e").check_returncode()
except subprocess.CalledProcessError as err:
    print("CalledProcessError", err, err.stdout, err.stderr)
print(subprocess.list2cmdline(["a b", 'c"d', "e\\\\", "", "f\\\\ g"]))
print(subprocess.CompletedProcess[int], subprocess.Popen[bytes])
for kw in ("stdout", "check"):
    try:
        subprocess.check_output(["x"], **{kw: None})
    except ValueError as err:
        print("ValueError", err)
try:
    subprocess.run(["x"], input=b"", stdin=subprocess.PIPE)
except ValueError as err:
    print("ValueError", err)
try:
    subprocess.run(["x"], capture_output=True, stderr=subprocess.PIPE)
except ValueError as err:
    print("ValueError", err)
