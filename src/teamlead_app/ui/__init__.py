"""The PySide6 user interface. Only this package imports Qt. It calls services and gets plain
frozen dataclasses back; it never touches a SQLAlchemy session."""
