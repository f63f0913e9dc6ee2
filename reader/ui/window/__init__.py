"""The main window as a view: the action table and menus, the layout of its panels, and the
parts it is made of (most made at their first use: lazy_part.py). Imports the parts; no part
imports it."""
