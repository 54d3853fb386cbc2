"""The sections of the main window, one module per kind of view."""
