"""Sync: the library followed to a second machine through a folder or a WebDAV server.

Qt-free; imports reader.library and below, never reader.ui or reader.cli.
"""
