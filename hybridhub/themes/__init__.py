"""The codebook of themes, coding contributions with them, and keyword rules that suggest codes."""
