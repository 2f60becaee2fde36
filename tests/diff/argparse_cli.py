# argparse: parsing sys.argv, prog from sys.argv[0], help/errors on real stdout/stderr
import argparse, sys

p = argparse.ArgumentParser(description='Convert %(prog)s input.')
p.add_argument('infile', nargs='?', default='-', help='input (default: stdin)')
p.add_argument('-o', '--output', default='out.bin', help='output file [%(default)s]')
p.add_argument('-w', '--width', type=int, default=8)
args = p.parse_args()
print(p.prog, args)
print(p.format_usage(), end='')
sys.argv = ['/usr/local/bin/convert-tool', 'data.txt', '-w', '16']
q = argparse.ArgumentParser()
q.add_argument('infile'); q.add_argument('-w', type=int)
print(q.prog, q.parse_args())
print(q.parse_known_args(['x', '--extra'])[1])
sys.argv = ['tool.py', '-w', '4', 'in', 'more', 'args']
args, rest = q.parse_known_args()
print(args, rest)
p.print_help()
p.print_usage(sys.stderr)
p.print_help(sys.stderr)
sys.stdout.flush()
q.parse_args(['--width'])
