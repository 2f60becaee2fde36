# ipaddress: parsing and its error messages, addresses, networks, interfaces,
# properties, ordering, hashing, pickling, subnets/supernet, collapse/summarize.
import ipaddress as I
import pickle, copy

def t(f):
    try:
        r = f()
        if hasattr(r, '__next__'):
            r = list(r)
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, e)

# address parsing errors
bad4 = ['', '1.2.3', '1.2.3.4.5', '1.2.3.256', '1.2.3.04', '1.2.3.a', '1.2..4', '1.2.3.1234',
        '1.2.3.4/24', ' 1.2.3.4', '1.2.3.٣', '1.2.3.-1', '0x1.2.3.4', '1.2.3.4%x']
for s in bad4:
    t(lambda: I.IPv4Address(s))
bad6 = ['', '1', ':', '::1::2', '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7', ':1:2:3:4:5:6:7', '1:2:3:4:5:6:7:',
        '1::2:3:4:5:6:7:8', 'g::1', '12345::1', '::1.2.3.999', '::1/64', 'fe80::1%', 'fe80::1%a%b',
        '1:2:3:4:5:6:7:8:', ':1::2', '1::2:', '::ffff:1.2.3', '1:2:3:4:5:6:1.2.3.4:5', '1:::2']
for s in bad6:
    t(lambda: I.IPv6Address(s))
for v in (-1, 2 ** 32, 2 ** 128, b'\x01\x02\x03', b'\x00' * 17):
    t(lambda: I.IPv4Address(v))
    t(lambda: I.IPv6Address(v))
for v in ('1.2.3.4', '::1', 'x', 3, 2 ** 40, -1, b'\x01\x02\x03\x04', b'\x00' * 16, b'ab', None, 1.5):
    t(lambda: I.ip_address(v))
    t(lambda: I.ip_network(v))
    t(lambda: I.ip_interface(v))

# addresses
for s in ('0.0.0.0', '1.2.3.4', '10.1.2.3', '127.0.0.1', '169.254.1.1', '172.16.5.4', '192.168.1.1',
          '100.64.0.1', '224.0.0.1', '240.0.0.1', '255.255.255.255', '8.8.8.8', '192.0.2.1', '198.18.0.1'):
    a = I.ip_address(s)
    print(repr(a), str(a), int(a), a.packed, a.version, a.max_prefixlen, a.exploded, a.compressed,
          a.reverse_pointer, a.is_private, a.is_global, a.is_multicast, a.is_reserved,
          a.is_loopback, a.is_link_local, a.is_unspecified)
for s in ('::', '::1', '1::', '1:0:0:2::3', '1:0:0:2:0:0:0:3', '2001:db8::1', 'fe80::1', 'fec0::1',
          'ff02::1', '::ffff:1.2.3.4', '::ffff:8.8.8.8', '2001:0:4136:e378:8000:63bf:3fff:fdd2',
          '2002:c000:204::1', 'FE80:0000:0000:0000:0202:B3FF:FE1E:8329', '2607:f8b0::200e', 'fc00::5',
          '1:2:3:4:5:6:7:8', '0:0:1::', '::1.2.3.4', '100::1', '2001:10::1'):
    a = I.ip_address(s)
    print(repr(a), str(a), int(a), a.packed.hex(), a.exploded, a.compressed, a.is_private, a.is_global,
          a.is_multicast, a.is_reserved, a.is_loopback, a.is_link_local, a.is_site_local,
          a.is_unspecified, a.ipv4_mapped, a.teredo, a.sixtofour, a.scope_id)
    print('  ', a.reverse_pointer if '%' not in s else '-')
t(lambda: I.IPv6Address('fe80::1%eth0').exploded)

# comparisons, hashing, arithmetic, int, format
a, b = I.IPv4Address('1.2.3.4'), I.IPv4Address('1.2.3.5')
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a == I.IPv4Address(16909060), a + 1 == b, b - 1, a + 0)
print(hash(a) == hash(I.IPv4Address('1.2.3.4')), len({a, b, I.ip_address('1.2.3.4')}))
t(lambda: a < I.IPv6Address('::1'))
t(lambda: a < 1)
t(lambda: a == '1.2.3.4')
t(lambda: a + 'x')
t(lambda: a + 2 ** 32)
t(lambda: a - 2 ** 32)
t(lambda: I.IPv6Address('::') - 1)
t(lambda: a < I.IPv4Network('1.2.3.0/24'))
t(lambda: I.IPv6Address('fe80::1%a') == I.IPv6Address('fe80::1'))
t(lambda: sorted([I.ip_address('10.0.0.1'), I.ip_address('9.0.0.1'), I.ip_address('10.0.0.0')]))
for f in ('', 's', '>20', 'b', 'x', 'X', 'n', '#b', '#x', '_b', '#_x', '_X', '#_n', 'd', 'q'):
    t(lambda: format(a, f))
    t(lambda: format(I.IPv6Address('2001:db8::1'), f))
t(lambda: f'{a!r:>25}')
t(lambda: I.v4_int_to_packed(2 ** 32))
t(lambda: I.v6_int_to_packed(-1))
t(lambda: (I.v4_int_to_packed(1), I.v6_int_to_packed(1)))
s6 = I.IPv6Address('fe80::1%eth0')
print(repr(s6), s6.scope_id, s6.compressed, s6.__reduce__(), pickle.loads(pickle.dumps(s6)) == s6, hash(s6) == hash(I.IPv6Address('fe80::1%eth0')))

# networks
for s in ('10.0.0.0/8', '192.168.1.0/24', '192.168.1.0/255.255.255.0', '192.168.1.0/0.0.0.255',
          '1.2.3.4/32', '1.2.3.4/31', '0.0.0.0/0', '172.16.0.0/12', '100.64.0.0/10', '127.0.0.0/8',
          '224.0.0.0/4', '169.254.0.0/16', '240.0.0.0/4', '1.2.3.4'):
    n = I.ip_network(s)
    print(repr(n), str(n), n.network_address, n.broadcast_address, n.netmask, n.hostmask, n.prefixlen,
          n.num_addresses, n.with_prefixlen, n.with_netmask, n.with_hostmask, n.exploded, n.compressed,
          n.is_private, n.is_global, n.is_multicast, n.is_reserved, n.is_loopback, n.is_link_local,
          n.is_unspecified, n.reverse_pointer, n.version, n.max_prefixlen)
for s in ('::/0', '::1/128', '2001:db8::/32', '2001:db8::/64', 'fe80::/10', 'ff00::/8', 'fc00::/7',
          '2001:db8::/127', '2001:db8::1/128', '::ffff:0:0/96', 'fec0::/10'):
    n = I.ip_network(s)
    print(repr(n), n.network_address, n.broadcast_address, n.netmask, n.hostmask, n.num_addresses,
          n.with_netmask, n.with_hostmask, n.exploded, n.is_private, n.is_global, n.is_multicast,
          n.is_reserved, n.is_loopback, n.is_link_local, n.is_site_local, n.is_unspecified)
for s, st in (('192.168.1.1/24', True), ('192.168.1.1/24', False), ('1.2.3.4/33', True), ('1.2.3.4/-1', True),
              ('1.2.3.4/+8', True), ('1.2.3.4/ 8', True), ('1.2.3.4/255.0.255.0', True), ('1.2.3.4/x', True),
              ('1.2.3.4/1/2', True), ('2001:db8::1/64', True), ('2001:db8::1/64', False), ('::/129', True),
              ('::/ffff::', True), ('1.2.3.0/24/', True), ('1.2.3.4/', True), ('/24', True), ('1.2.3.0/0255.255.255.0', True),
              (('1.2.3.0', 24), True), (('1.2.3.0', '255.255.255.0'), True), (('1.2.3.1', 24), False),
              ((16909056, 24), True), ((b'\x01\x02\x03\x00', 24), True), (('::', 64), True), (('1.2.3.0',), True),
              (('1.2.3.0', 33), True), (('1.2.3.0', -1), True), (16909060, True), (b'\x01\x02\x03\x04', True),
              ('1.2.3.4/0.255.0.0', True), ('1.2.3.4/255.255.255.256', True)):
    t(lambda: I.ip_network(s, st))
    t(lambda: I.IPv4Network(s, st))
    t(lambda: I.IPv6Network(s, st))
    t(lambda: I.ip_interface(s))

n = I.ip_network('192.168.0.0/28')
print(list(n.hosts()), list(n)[:3], n[0], n[-1], n[15], n[-16])
t(lambda: n[16])
t(lambda: n[-17])
print(list(I.ip_network('1.2.3.4/31').hosts()), list(I.ip_network('1.2.3.4/32').hosts()))
print(list(I.ip_network('2001:db8::/126').hosts()), list(I.ip_network('2001:db8::/127').hosts()),
      list(I.ip_network('2001:db8::/128').hosts()))
print(list(n.subnets()), list(n.subnets(2)), list(n.subnets(new_prefix=30))[:3])
t(lambda: list(n.subnets(new_prefix=27)))
t(lambda: list(n.subnets(2, new_prefix=30)))
t(lambda: list(n.subnets(-1)))
t(lambda: list(n.subnets(5)))
t(lambda: list(I.ip_network('1.1.1.1/32').subnets()))
print(n.supernet(), n.supernet(4), n.supernet(new_prefix=16), I.ip_network('0.0.0.0/0').supernet())
t(lambda: n.supernet(new_prefix=29))
t(lambda: n.supernet(2, new_prefix=20))
t(lambda: n.supernet(29))
print(I.ip_address('192.168.0.5') in n, I.ip_address('192.168.0.16') in n, I.ip_address('::1') in n,
      I.ip_network('192.168.0.0/30') in n)
t(lambda: '192.168.0.1' in n)
a16, b16 = I.ip_network('10.0.0.0/16'), I.ip_network('10.0.1.0/24')
print(a16.overlaps(b16), b16.overlaps(a16), a16.overlaps(I.ip_network('11.0.0.0/8')),
      b16.subnet_of(a16), a16.subnet_of(b16), a16.supernet_of(b16), a16.subnet_of(a16))
t(lambda: a16.subnet_of(I.ip_network('::/0')))
t(lambda: a16.subnet_of(I.ip_address('10.0.0.1')))
print(list(a16.address_exclude(b16)))
t(lambda: list(b16.address_exclude(a16)))
t(lambda: list(a16.address_exclude(I.ip_network('::/0'))))
t(lambda: list(a16.address_exclude(a16)))
print(a16.compare_networks(b16), b16.compare_networks(a16), a16.compare_networks(a16),
      I.ip_network('10.0.0.0/8').compare_networks(a16))
t(lambda: a16.compare_networks(I.ip_network('::/0')))
print(a16 < b16, a16 == I.ip_network('10.0.0.0/16'), a16 != b16, sorted([b16, a16, I.ip_network('10.0.0.0/8')]))
t(lambda: a16 < I.ip_network('::/0'))
t(lambda: a16 < 1)
t(lambda: a16 == 1)
print(hash(a16) == hash(I.ip_network('10.0.0.0/16')), len({a16, b16, I.ip_network('10.0.0.0/16')}))
print(I.get_mixed_type_key(a16), I.get_mixed_type_key(I.ip_address('1.2.3.4')), I.get_mixed_type_key(1))
print(sorted([I.ip_network('1.0.0.0/8'), I.ip_address('1.0.0.0'), I.ip_address('0.1.2.3')], key=I.get_mixed_type_key))

# interfaces
for s in ('192.168.1.5/24', '10.0.0.1', '10.0.0.1/255.0.0.0', '10.0.0.1/0.255.255.255', '2001:db8::5/64',
          '::1/128', 'fe80::1%eth0/64', '::/64', '0.0.0.0/0'):
    i = I.ip_interface(s)
    print(repr(i), str(i), i.ip, i.network, i.netmask, i.hostmask, i.with_prefixlen, i.with_netmask,
          i.with_hostmask, i.compressed, i.is_private, i.is_loopback, i.is_unspecified, int(i))
    print('  ', i.exploded if '%' not in s else '-', i.reverse_pointer if '%' not in s else '-')
i1, i2 = I.ip_interface('1.2.3.4/24'), I.ip_interface('1.2.3.4/16')
print(i1 == i2, i1 < i2, i2 < i1, i1 == I.ip_address('1.2.3.4'), I.ip_address('1.2.3.4') == i1,
      i1 == I.ip_interface('1.2.3.4/24'), hash(i1) == hash(I.ip_interface('1.2.3.4/24')))
t(lambda: i1 < I.ip_address('1.2.3.5'))
t(lambda: i1 < I.ip_interface('::1/64'))
print(i1.__reduce__(), pickle.loads(pickle.dumps(i1)) == i1, copy.copy(i1) == i1, copy.deepcopy(n) == n)
print(pickle.loads(pickle.dumps(a)), pickle.loads(pickle.dumps(a16)), a.__reduce__(), a16.__reduce__())

# summarize / collapse
print(list(I.summarize_address_range(I.ip_address('192.0.2.0'), I.ip_address('192.0.2.130'))))
print(list(I.summarize_address_range(I.ip_address('0.0.0.0'), I.ip_address('255.255.255.255'))))
print(list(I.summarize_address_range(I.ip_address('::1'), I.ip_address('::8'))))
print(list(I.summarize_address_range(I.ip_address('1.1.1.1'), I.ip_address('1.1.1.1'))))
t(lambda: list(I.summarize_address_range(I.ip_address('1.1.1.2'), I.ip_address('1.1.1.1'))))
t(lambda: list(I.summarize_address_range(I.ip_address('1.1.1.2'), I.ip_address('::1'))))
t(lambda: list(I.summarize_address_range(I.ip_network('1.1.1.0/24'), I.ip_address('1.1.1.1'))))
print(list(I.collapse_addresses([I.ip_network('192.0.2.0/25'), I.ip_network('192.0.2.128/25')])))
print(list(I.collapse_addresses([I.ip_address('1.1.1.%d' % k) for k in (0, 1, 2, 3, 5, 4, 9)])))
print(list(I.collapse_addresses([I.ip_network('10.0.0.0/24'), I.ip_network('10.0.0.0/16'), I.ip_address('10.0.5.5'),
                                 I.ip_network('10.1.0.0/16'), I.ip_interface('10.2.0.1/32')])))
print(list(I.collapse_addresses([I.ip_network('2001:db8::/33'), I.ip_network('2001:db8:8000::/33')])))
print(list(I.collapse_addresses([])))
t(lambda: list(I.collapse_addresses([I.ip_address('1.1.1.1'), I.ip_address('::1')])))
t(lambda: list(I.collapse_addresses([I.ip_network('1.1.1.0/24'), I.ip_network('::/64')])))
t(lambda: list(I.collapse_addresses([I.ip_address('1.1.1.1'), I.ip_network('::1/128')])))
print(issubclass(I.AddressValueError, ValueError), issubclass(I.NetmaskValueError, ValueError))
print(I.IPV4LENGTH, I.IPV6LENGTH, I.IPv4Network('1.0.0.0/8').hosts, I.IPv4Address.__slots__)
print(isinstance(I.ip_interface('1.2.3.4/8'), I.IPv4Address), I.IPv4Interface.__mro__[1].__name__)
