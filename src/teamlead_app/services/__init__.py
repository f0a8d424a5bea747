"""Use cases and business rules. Each public function is one user action and one transaction;
they take a `Database` and return frozen dataclasses. No Qt here."""
