from urllib.parse import urlsplit, urlparse
hosts = ['::', '::1', '1::', '1::2', '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7::', '::2:3:4:5:6:7:8',
         '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7', ':1:2:3:4:5:6:7', '1:2:3:4:5:6:7:', ':::',
         '1:::2', '1::2::3', 'fe80::1%eth0', 'fe80::1%', 'fe80::1%a%b', 'fe80::1%25en0',
         '::ffff:1.2.3.4', '::ffff:1.2.3', '::ffff:1.2.3.256', '::ffff:01.2.3.4', '1.2.3.4',
         '1.2.3', '01.2.3.4', '::1.2.3.4', '1:2:3:4:5:6:1.2.3.4', '1:2:3:4:5:6:7:1.2.3.4',
         '12345::', 'abcd::ef01', 'ABCD::EF01', 'g::', 'v1.x', 'v.x', 'vz.x', 'v1.', 'V1.x',
         'vff.a:b', '', ' ', '::1 ', '[::1]', 'fe80::%x', '1:2:3:4:5:6:7:8%z', '::1%1%',
         '0:0:0:0:0:0:0:0', '::0:0:0:0:0:0:0', '::0:0:0:0:0:0:0:0', '1::2:3:4:5:6:7',
         '١::', '::١', '::ffff:١.2.3.4', 'fe80::1%\u00e9']
for h in hosts:
    for tmpl in ['http://[%s]/', 'http://u@[%s]:8080/p', '//[%s]']:
        u = tmpl % h
        try:
            r = urlsplit(u)
            print(repr(u), r.netloc, repr(r.hostname), r.port)
        except ValueError as e:
            print(repr(u), 'ValueError', e)
for u in ['http://[::1', 'http://::1]', 'http://a]b[c/', 'http://[a][b]/', 'http://[::1]x/',
          'http://[::1]:/', 'http://[::1]:65536/', 'http://x/[::1]', 'http://x?[', 'http://x#]',
          'http://[::1]]/', 'http://[[::1]/']:
    try:
        r = urlparse(u)
        print(repr(u), tuple(r), repr(r.hostname))
        print('   port', r.port)
    except ValueError as e:
        print(repr(u), 'ValueError', e)
