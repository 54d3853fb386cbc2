"""Open Badges: reading baked badges and verifying credentials offline (no network, ever)."""
