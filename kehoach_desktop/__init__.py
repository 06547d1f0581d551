"""KếHoạch Desktop: track a commune's socio-economic plan indicators, offline."""

from __future__ import annotations

__version__ = "0.1.0"
