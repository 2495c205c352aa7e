"""Emergency plans: the file format, its validation and the validated model (no Qt)."""
