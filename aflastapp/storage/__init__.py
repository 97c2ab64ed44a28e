"""The encrypted diary: SQLCipher through sqlcipher3, used through sqlite-utils."""
