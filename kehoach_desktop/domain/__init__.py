"""Plans, indicators, targets, evaluation and Vietnamese numbers: plain Python, no Qt, no SQL."""
