"""The names CPython's C accelerator module exports (Pyclave: they live in
lib/pickle.py; objects pickled by reference name '_pickle' as their module)."""

from pickle import (PickleError, PicklingError, UnpicklingError, Pickler,
                    Unpickler, PickleBuffer, dump, dumps, load, loads)
