"""One function per user action; each validates its input and is one transaction."""
