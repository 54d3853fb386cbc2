"""Mes droits: situation, CPF, the schemes that fit, reminders."""
