"""Importers: read what a person already has into plain records, nothing written until asked."""
