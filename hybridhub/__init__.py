"""HybridHub: every voice of a hybrid workshop, offline and online, in one local store."""

from __future__ import annotations

__version__ = "0.1.0"
APP_ID = "org.hybridhub.HybridHub"
APP_NAME = "HybridHub"
ORG_NAME = "HybridHub"
