# timeit: the command-line interface (main) with a deterministic timer
import timeit


def fake(step):
    def wrap(timer):
        state = [0.0]

        def clock():
            state[0] += step
            return state[0]
        return clock
    return wrap


def run(args, step=0.001):
    print(">>>", args)
    print("rc", timeit.main(args, _wrap_timer=fake(step)))


run(["-n", "10", "-r", "3", "x = 1"])
run(["-n", "1", "-r", "1", "pass"], step=2.0)
run(["--number=100", "--repeat=2", "-u", "usec", "pass"], step=0.5)
run(["-n", "5", "-u", "nsec", "pass"], step=1e-6)
run(["-n", "5", "-u", "msec", "pass"])
run(["-n", "5", "-u", "sec", "-r", "0", "pass"])
run(["-s", "a = 1", "-s", "b = 2", "-n", "2", "a + b"])
run(["-v", "-r", "2", "pass"], step=0.3)
run(["-v", "-v", "-n", "3", "-r", "2", "pass"], step=0.07)
run(["-v", "-v", "-r", "2", "pass"], step=0.25)
run(["pass"], step=0.25)
run(["-u", "years", "pass"])
run(["-x"])
run(["--bogus"])
run(["-n"])
run(["-n", "3", "-r", "1", "line1 = 1", "line2 = line1 + 1"])
run(["-p", "-n", "1", "-r", "1", "pass"])
run(["-h"])


def growing(timer):
    state = [0.0, 0.001]

    def clock():
        state[0] += state[1]
        state[1] *= 3
        return state[0]
    return clock


print("rc", timeit.main(["-n", "1", "-r", "3", "pass"], _wrap_timer=growing))
