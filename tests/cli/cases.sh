# Command-line behaviour tests: one `cli_case` per test, sourced by
# tests/run_all.sh and tests/regen_expected.sh (see tests/testlib.sh).
#
#   cli_case NAME [-e VAR=VALUE]... [-i STDIN_TEXT] [-2] [-H] -- ARG...
#
# Runs `INTERP ARG...` with cwd a fresh copy of tests/cli/data, the base
# test environment (PYTHONHASHSEED=0, no inherited PYTHON* variables) plus
# the -e variables, stdin STDIN_TEXT (default: empty), -2: stderr merged
# into stdout, -H: stdout is a pipe to `head -1` (a reader that leaves).  Expected outcome: tests/cli/expected/NAME.expected, made by
# tests/regen_expected.sh from python3.  Both outputs are normalised: the
# data directory becomes <DIR>, any word naming the interpreter (python3,
# /path/to/python3, python, pyclave, /path/to/pyclave) becomes <PY>, and
# "Python 3.11.N" becomes "Python 3.11.x".
#
# Names are unique and contain only [a-z0-9_].

NL='
'

# --- version and usage errors
cli_case version_V -- -V
cli_case version_long -- --version
cli_case bad_option -- -Z
cli_case bad_long_option -- --no-such-option
cli_case c_missing_arg -- -c
cli_case m_missing_arg -- -m

# --- -c
cli_case c_simple -- -c 'print(1 + 2)'
cli_case c_argv -- -c 'import sys; print(sys.argv)' a -b --c
cli_case c_name -- -c 'print(__name__); import sys; print(repr(sys.path[0]))'
cli_case c_multiline -- -c "x = 0${NL}for i in range(5):${NL}    x += i${NL}print(x)"
cli_case c_exception -- -c '1/0'
cli_case c_exception_nested -- -c "def f(n):${NL}    return 10 // n${NL}print(f(2))${NL}f(0)"
cli_case c_syntax_error -- -c 'x = = 1'
cli_case c_options_after -- -c 'import sys; print(sys.argv[1:])' -c -V -m x

# --- scripts
cli_case script_argv -- argv.py one 'two words' -3
cli_case script_missing -- /x/nope.py
cli_case script_missing_rel -- nope.py arg
cli_case script_dashdash -- -- argv.py x
cli_case script_error -- err.py
cli_case script_chained -- chained.py
cli_case script_syntax_error -- syntax_err.py
cli_case script_indent_error -- syntax_err2.py
cli_case script_is_dir -- pp

# --- -m
cli_case m_module -- -m mod_argv a b
cli_case m_package -- -m pkgm x y
cli_case m_missing -- -m nosuchmod_xyz
cli_case m_submodule_missing -- -m pkgm.nosuch

# --- stdin as the program
cli_case stdin_dash -i "import sys${NL}print(sys.argv)${NL}print(__name__)${NL}" -- - a b
cli_case stdin_implicit -i "import sys${NL}print(sys.argv)${NL}print(sum(range(10)))${NL}" --
cli_case stdin_error -i "x = 1${NL}print(x)${NL}y = x / 0${NL}" -- -
cli_case stdin_syntax_error -i "a = 1${NL}b =${NL}" -- -
cli_case script_reads_stdin -i "alpha${NL}beta${NL}gamma${NL}" -- readstdin.py
cli_case script_input -i "1${NL}2${NL}39${NL}" -- inputs.py
cli_case c_input_eof -- -c 'x = input("prompt> ")'
cli_case c_input_line -i "hello world${NL}" -- -c 'x = input("prompt> "); print(repr(x))'

# --- -i / -q with piped stdin (prompts go to stderr)
cli_case interactive_q -i "x = 6 * 7${NL}x${NL}print('hi')${NL}" -- -q -i
cli_case interactive_error -i "1/0${NL}print('after')${NL}" -- -q -i
cli_case interactive_block -i "def f(a):${NL}    return a * 2${NL}${NL}f(21)${NL}" -- -q -i
cli_case interactive_after_script -i "y = 5${NL}y + 1${NL}" -- -q -i argv.py p
cli_case interactive_after_error -i "print('still alive')${NL}" -- -q -i err.py
cli_case interactive_after_exit -i "print('repl')${NL}" -- -q -i exit3.py
cli_case interactive_none -i "None${NL}'s'${NL}[1, 2]${NL}" -- -q -i

# --- exit statuses
cli_case exit_3 -- exit3.py
cli_case exit_msg -- exitmsg.py
cli_case exit_systemexit -- -c 'raise SystemExit(5)'
cli_case exit_none -- -c 'import sys; sys.exit()'
cli_case exit_zero -- -c 'import sys; sys.exit(0)'
cli_case exit_true -- -c 'import sys; sys.exit(True)'
cli_case exit_tuple -- -c 'raise SystemExit("a", 2)'
cli_case exit_negative -- -c 'import sys; sys.exit(-1)'
cli_case exit_in_finally -- -c "import sys${NL}try:${NL}    sys.exit(7)${NL}finally:${NL}    print('cleanup')"
cli_case exit_caught -- -c "import sys${NL}try:${NL}    sys.exit(7)${NL}except SystemExit as e:${NL}    print('caught', e.code)"
cli_case keyboard_interrupt -- kbint.py
cli_case keyboard_interrupt_c -- -c 'raise KeyboardInterrupt'

# --- environment: PYTHONPATH, -E, -I
cli_case pythonpath -e PYTHONPATH=pp -- -c 'import ppmod; print(ppmod.X)'
cli_case pythonpath_E -e PYTHONPATH=pp -- -E -c 'import ppmod; print(ppmod.X)'
cli_case pythonpath_I -e PYTHONPATH=pp -- -I -c 'import ppmod; print(ppmod.X)'
cli_case isolated_no_cwd -- -I -c 'import mod_argv'
cli_case cwd_on_path -- -c 'import mod_argv'

# --- buffering: -u, PYTHONUNBUFFERED (stdout and stderr merged)
cli_case buffered_default -2 -- unbuf.py
cli_case unbuffered_u -2 -- -u unbuf.py
cli_case unbuffered_env -2 -e PYTHONUNBUFFERED=1 -- unbuf.py
cli_case unbuffered_env_E -2 -e PYTHONUNBUFFERED=1 -- -E unbuf.py
cli_case flush_print -2 -- -c "import sys${NL}print('a', flush=True)${NL}sys.stderr.write('b\\n')${NL}print('c')"

# --- misc flags
cli_case optimize_O -- -O -c "assert False, 'boom'${NL}print('asserts off', __debug__)"
# Frozen modules: their build-time bytecode is for level 0; -OO must strip
# their docstrings (the source is compiled instead).
cli_case frozen_O0_docstrings -- -c "import textwrap, json; print(textwrap.dedent.__doc__ is None, json.dumps.__doc__ is None)"
cli_case frozen_OO_docstrings -- -OO -c "import textwrap, json; print(textwrap.dedent.__doc__, json.dumps.__doc__)"
cli_case no_optimize -- -c "assert False, 'boom'"
cli_case combined_flags -- -Bsq -c 'print("ok")'
# A closed pipe: SIGPIPE is ignored, writes raise BrokenPipeError (exit 1).
cli_case broken_pipe_print -H -- -c "for i in range(200000): print(i)"
cli_case broken_pipe_caught -H -- -c "import sys${NL}try:${NL}    for i in range(200000): print(i)${NL}except BrokenPipeError as e:${NL}    print(repr(e), e.errno, e.strerror, isinstance(e, OSError), file=sys.stderr)${NL}    sys.stdout = None"
cli_case hashseed -e PYTHONHASHSEED=0 -- -c 'print(hash("abc") == hash("abc"))'

# --- argparse: a task-list tool parsing sys.argv (data/argparse_tool.py)
cli_case argparse_tool_help -- argparse_tool.py --help
cli_case argparse_tool_sub_help -- argparse_tool.py add -h
cli_case argparse_tool_version -- argparse_tool.py --version
cli_case argparse_tool_run -- argparse_tool.py -vv ls -n 2 --shout
cli_case argparse_tool_run_add -- argparse_tool.py add -p high -t x -t y milk 'buy eggs'
cli_case argparse_tool_no_command -- argparse_tool.py
cli_case argparse_tool_bad_choice -- argparse_tool.py add -p urgent z
cli_case argparse_tool_bad_int -- argparse_tool.py done 1 x
cli_case argparse_tool_parser_error -- argparse_tool.py done 7
cli_case argparse_tool_columns -e COLUMNS=50 -- argparse_tool.py -h
# --- -m with a frozen package: runs its __main__ (pyclave -m unittest)
cli_case m_unittest_help -- -m unittest -h
cli_case m_unittest_bad -- -m unittest --bogus
