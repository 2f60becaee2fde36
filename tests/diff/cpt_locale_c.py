# locale on a system with only the C locales: queries, settings, errors and
# the C conventions (the environment is LC_ALL=C.UTF-8 in the test suite).
import locale

print(locale.setlocale(locale.LC_CTYPE))
print(locale.setlocale(locale.LC_ALL))
print(locale.getlocale(), locale.getpreferredencoding(), locale.getencoding())
print(sorted(locale.localeconv().items()))
for name in ('en_US.iso88591', 'xx_YY', 'de_DE.UTF-8'):
    try:
        locale.setlocale(locale.LC_CTYPE, name)
    except locale.Error as e:
        print(repr(e))
print(locale.setlocale(locale.LC_ALL, 'C'), locale.getlocale())
print(locale.setlocale(locale.LC_ALL, ''), locale.getlocale())
print(locale.setlocale(locale.LC_ALL, 'POSIX'), locale.setlocale(locale.LC_NUMERIC))
print(locale.setlocale(locale.LC_NUMERIC, 'C.UTF-8'))
print(locale.setlocale(locale.LC_ALL))
try:
    locale.setlocale(99)
except locale.Error as e:
    print(repr(e))
print(locale.format_string('%.2f|%d|%s', (1.5, 3, 'x')), locale.str(1.25))
print(locale.atof('2.5'), locale.atoi('42'), locale.strcoll('a', 'b'), locale.strxfrm('abc'))
print(locale.normalize('C.UTF-8'), locale.normalize('en_US.utf8'))
try:
    locale.currency(1.0)
except ValueError as e:
    print(e)
print(locale.LC_CTYPE, locale.LC_ALL, locale.CHAR_MAX)
