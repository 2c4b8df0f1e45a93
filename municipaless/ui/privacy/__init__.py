"""Personal data screens: retention review, right of access, erasure, register (RGPD)."""
