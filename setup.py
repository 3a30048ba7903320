"""Maps the top-level `resources/`, `forms/` and `docs/` folders into the package; everything else is in
pyproject."""

from setuptools import find_packages, setup

setup(
    packages=[
        *find_packages(include=["hybridhub", "hybridhub.*"]),
        "hybridhub._resources",
        "hybridhub._forms",
        "hybridhub._docs",
    ],
    package_dir={"hybridhub._resources": "resources", "hybridhub._forms": "forms", "hybridhub._docs": "docs"},
)
