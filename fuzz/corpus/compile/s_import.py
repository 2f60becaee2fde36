from __future__ import annotations
import sys, math as m
from collections import OrderedDict as O, deque
from . import x
