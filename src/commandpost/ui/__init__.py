"""The desktop window (PySide6): a thin skin over the services; nothing here holds domain rules."""
