"""The encrypted vault: SQLCipher connection, key slots, schema, audit chain. Never imports PySide6."""
