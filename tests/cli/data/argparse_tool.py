"""A small task-list tool used by the argparse CLI tests: parses sys.argv."""
import argparse
import sys

TASKS = ['write report', 'review patch', 'water plants']


def cmd_list(args):
    for i, t in enumerate(TASKS[:args.limit] if args.limit else TASKS, 1):
        print('%d. %s' % (i, t.upper() if args.shout else t))


def cmd_add(args):
    TASKS.extend(args.text)
    print('added %d, now %d tasks (priority %s, tags %s)' % (len(args.text), len(TASKS), args.priority, args.tag))


def cmd_done(args):
    for n in args.numbers:
        if not 1 <= n <= len(TASKS):
            parser.error('task %d does not exist' % n)
        print('done:', TASKS[n - 1])


parser = argparse.ArgumentParser(description='Manage a short list of tasks.',
                                 epilog='Example: %(prog)s add --priority high "buy milk"')
parser.add_argument('--version', action='version', version='%(prog)s 2.0')
parser.add_argument('-v', '--verbose', action='count', default=0, help='more output (repeatable)')
sub = parser.add_subparsers(dest='command', title='commands', required=True)
p = sub.add_parser('list', aliases=['ls'], help='show tasks')
p.add_argument('-n', '--limit', type=int, metavar='N', help='show at most N tasks')
p.add_argument('--shout', action='store_true', help='upper-case output')
p.set_defaults(func=cmd_list)
p = sub.add_parser('add', help='add tasks')
p.add_argument('text', nargs='+', help='task text')
p.add_argument('-p', '--priority', choices=['low', 'normal', 'high'], default='normal')
p.add_argument('-t', '--tag', action='append', default=[], help='tag (repeatable)')
p.set_defaults(func=cmd_add)
p = sub.add_parser('done', help='mark tasks done')
p.add_argument('numbers', nargs='+', type=int, metavar='NUM')
p.set_defaults(func=cmd_done)

args = parser.parse_args()
if args.verbose:
    print('command:', args.command, 'verbosity:', args.verbose, file=sys.stderr)
args.func(args)
