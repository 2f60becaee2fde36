# Decimal.__format__ and str/repr/to_eng_string.
from decimal import Decimal, getcontext, localcontext

vals = ['0', '-0', '1', '-1', '1.5', '-2.5', '123.456', '1234567.891', '0.000012345',
        '1.23E+20', '-9.99E-10', '100', '1E+2', '0E-5', '0E+5', '12345678901234567890',
        '0.5', '2.675', 'NaN', '-sNaN12', 'Infinity', '-Infinity', '1E-7', '0.1']
specs = ['', 'e', 'E', '.2e', '.0e', 'f', '.2f', '.0f', 'F', '.3F', 'g', '.3g', '.1g', 'G',
         '.0g', '%', '.1%', 'n', '.3n', ',', ',.2f', '_.3f', '_', '10', '<10', '^12', '=12',
         '>+12.2f', '+', ' ', '-', '012', '012.2f', '0=12', '*^15.3e', '#.0f', '#g', '#.3g',
         ',g', '020,.2f', '015_f', '.20f', '.30e', 'z.1f', 'x<8', '.2', '#', '08', ',e']
ds = [Decimal(v) for v in vals]
print('|'.join(str(d) for d in ds))
print('|'.join(repr(d) for d in ds))
print('|'.join(d.to_eng_string() for d in ds))
for sp in specs:
    out = []
    for d in ds:
        try:
            out.append(format(d, sp))
        except Exception as e:
            out.append('%s:%s' % (type(e).__name__, e))
    print(repr(sp), '|'.join(out))
for sp in ['q', '.2q', '10.x', ',n', '.', '++', '<<<']:
    try:
        print(format(Decimal('1.5'), sp))
    except Exception as e:
        print(type(e).__name__, e)
for v in ['1E+5', '1.5E-8', '1234E+3', '-0E-8', '123E-8', '1E+10', '0.00E+3', '12E+4']:
    print(Decimal(v).to_eng_string(), str(Decimal(v)))
with localcontext() as c:
    c.capitals = 0
    print(str(Decimal('1E+20')), repr(Decimal('1e-9')), format(Decimal('1e20'), ''), format(Decimal('1e20'), 'g'))
print('{:.3f} {:>10} {:e}'.format(Decimal('3.14159'), Decimal('2.5'), Decimal('12345')))
print(f"{Decimal('1234.5'):,.2f} {Decimal('0.125'):.2f} {Decimal('0.135'):.2f}")
