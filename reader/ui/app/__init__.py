"""The application session and what it owns: the library, settings, the task runner, the
controllers (imports, annotations, reading), error reporting, i18n. Imports no window part."""
