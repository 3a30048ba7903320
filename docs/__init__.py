"""The user guides; installed as the package `hybridhub._docs` so that Help > Guides reads them offline."""
