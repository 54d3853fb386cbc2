"""Attestation cryptography: JOSE, did:key, Open Badges credentials, baking. Pure."""
