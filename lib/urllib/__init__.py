"""urllib for Pyclave: only urllib.parse is provided (no network access)."""
