"""The main window as a view: the action table and menus, the layout of its panels, and the
parts that arrive articles or show imports. Imports the parts; no part imports it."""
