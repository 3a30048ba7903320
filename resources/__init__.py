"""Shipped assets (fonts, sounds, icons, translations); installed as the package `hybridhub._resources`."""
