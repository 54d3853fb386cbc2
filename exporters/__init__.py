"""Outputs the person chooses to share (PDF, JSON Resume, DOCX…). No Qt here.

Each format is one module listed in `registry.FORMATS`; exporters take plain
domain objects from `vault.model` and write to a binary stream.
"""
