a = rb'x' + Rb'x' + rB'x' + RB'x' + br'x' + Br'x' + bR'x' + BR'x'
b = fr'{x}' + Fr'{x}' + fR'{x}' + FR'{x}' + rf'{x}' + Rf'{x}' + rF'{x}' + RF'{x}'
c = u'x' + U'x' + r'x' + R'x' + b'x'.decode() + B'x'.decode() + f'x' + F'x'
