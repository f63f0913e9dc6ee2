"""The command line: main.py reads the words and hands them to a module for each group of
commands; common.py is what they share. Nothing else in reader/ imports from here."""

from reader.cli.main import main

__all__ = ["main"]
