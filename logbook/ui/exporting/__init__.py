"""The export dialog and its parts: findings review, preview, opening a field."""
