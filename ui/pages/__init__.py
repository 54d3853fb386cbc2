"""The pages of the start window: welcome, create, recovery code, unlock, opened."""
