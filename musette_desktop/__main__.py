"""`python -m musette_desktop` runs the same entry point as `musette`."""

from .main import main

main()
