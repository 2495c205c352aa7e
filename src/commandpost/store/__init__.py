"""Storage: tables, engines, schema migrations (no Qt)."""
