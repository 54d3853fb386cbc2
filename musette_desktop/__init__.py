"""The app shell: entry point, command line and QApplication set-up. Nothing imports it."""

__version__ = "0.4.0"
