"""Personal data (RGPD): anonymised documents, the mention d'information, retention, the rights
of access, rectification, erasure and opposition, and the processing register.

The commune's legal basis is a public-interest mission (art. 6.1.e): no consent is asked to keep
a porteur's file, but the porteur is informed at collection, the data is kept for a set period,
and every right is answered from the app (``services/file/privacy_settings.py`` holds what the
officer declares).
"""
