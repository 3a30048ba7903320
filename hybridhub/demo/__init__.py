"""A realistic demo workspace: the first thing `make run` opens, and a fixture for reports and screenshots."""
