"""Qari: a desktop article reader for people who read Arabic."""

__version__ = "0.1.0"
