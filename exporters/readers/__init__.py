"""Readers: a file in, plain records and a report of what was left out. No vault, no Qt."""
