"""The pure-Python ABCMeta (CPython keeps one next to its C _abc module).

Pyclave's abc module is itself written in Python, so the pure-Python
implementation is that one: ABCMeta and get_cache_token are abc's."""

from abc import ABCMeta, get_cache_token

__all__ = ['ABCMeta', 'get_cache_token']
