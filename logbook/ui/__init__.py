"""The desktop app (PySide6): a thin layer over the services. Holds no business rules."""
