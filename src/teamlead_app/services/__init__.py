"""Use cases and business rules. Each public function is one user action and one transaction;
they take a `ServiceContext` (data/context.py: the database, the language, the current user)
and return frozen dataclasses. No Qt here."""
