"""Helpers the tests run beside the product (a lazy filesystem for power-loss tests)."""
