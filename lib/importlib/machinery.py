"""The implementation of the import machinery's public classes."""

from ._bootstrap import (ModuleSpec, BuiltinImporter, FrozenImporter, FileLoader,
                         SourceFileLoader, SOURCE_SUFFIXES, BYTECODE_SUFFIXES,
                         DEBUG_BYTECODE_SUFFIXES, OPTIMIZED_BYTECODE_SUFFIXES,
                         EXTENSION_SUFFIXES, SourcelessFileLoader, ExtensionFileLoader,
                         NamespaceLoader, FileFinder, WindowsRegistryFinder)
from ._bootstrap import _PathFinder as PathFinder

del FileLoader


def all_suffixes():
    """Returns a list of all recognized module suffixes for this process"""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES
