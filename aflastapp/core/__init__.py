"""The rule engine: plain data, night counting, earnings and deadlines. No Qt, SQL or files
other than the shipped rule and rate data."""
