"""microbreak: guided desk-exercise breaks every 30 to 60 minutes."""

__version__ = "0.1.0"
