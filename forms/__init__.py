"""Paper form templates (YAML); installed as the package `hybridhub._forms`."""
