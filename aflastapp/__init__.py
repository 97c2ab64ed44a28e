"""aflastapp: an encrypted offline diary for Danish relief families."""

__version__ = "0.1.0"
