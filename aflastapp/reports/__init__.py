"""The documents families send, rendered with reportlab to bytes in memory."""
