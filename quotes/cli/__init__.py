"""The command line: Click only (options, output, exit codes); the work is in the library."""
from .app import main

__all__ = ["main"]
