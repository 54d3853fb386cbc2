"""`python -m musette_desktop` runs the same entry point as `musette`."""

from .main import main

# Guarded: a document-building child process imports this module again, and must not
# start a second app (multiprocessing's "spawn").
if __name__ == "__main__":
    main()
