"""Counting: who took part through which side, and the figures the overview and reports show."""
