"""An app for tests/enclave/run.sh: configparser, urllib.parse and
html.parser inside the enclave (configparser imports without os there;
read() of files finds nothing)."""
import configparser
from html.parser import HTMLParser
from urllib.parse import urlsplit, urljoin, urlencode, parse_qs


def conf(text):
    cp = configparser.ConfigParser()
    cp.read_string(text)
    return {s: dict(cp[s]) for s in cp.sections()}


def bad_conf(text):
    cp = configparser.ConfigParser()
    try:
        cp.read_string(text)
    except configparser.Error as e:
        return type(e).__name__ + ': ' + str(e)
    return 'ok'


def url(u):
    r = urlsplit(u)
    return [r.scheme, r.hostname, r.port, r.path, parse_qs(r.query),
            urljoin(u, '../x'), urlencode({'q': 'a b', 'n': [1, 2]}, doseq=True)]


def tags(doc):
    out = []

    class P(HTMLParser):
        def handle_starttag(self, tag, attrs):
            out.append([tag, attrs])
    P().feed(doc)
    return out
