"""Storage: models, engine, migrations. No Qt, no business rules."""
