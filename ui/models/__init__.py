"""Qt item models over the vault, read through VaultService."""
