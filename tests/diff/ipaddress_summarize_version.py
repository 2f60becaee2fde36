# summarize_address_range only for IPv4 and IPv6 (a subclass reporting
# another version is refused when the generator runs).
import ipaddress


class IPv7Address(ipaddress.IPv6Address):
    @property
    def version(self):
        return 7


gen = ipaddress.summarize_address_range(IPv7Address("::1"), IPv7Address("::1"))
print(type(gen).__name__)
try:
    list(gen)
except ValueError as e:
    print("ValueError", e)
print(list(ipaddress.summarize_address_range(ipaddress.ip_address("1.1.1.0"),
                                             ipaddress.ip_address("1.1.1.255"))))
print(list(ipaddress.summarize_address_range(ipaddress.ip_address("::1"),
                                             ipaddress.ip_address("::4"))))
try:
    list(ipaddress.summarize_address_range(ipaddress.ip_address("1.1.1.0"),
                                           ipaddress.ip_address("::1")))
except TypeError as e:
    print("TypeError", e)
