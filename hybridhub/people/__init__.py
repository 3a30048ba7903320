"""Who is who: participants with their identities per channel, suggested and recorded merges, erasure."""
