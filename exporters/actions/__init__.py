"""Actions: one module per thing a person does; each takes a Vault and returns what changed.

The command line and the app's VaultService both call these: each action exists once.
"""
