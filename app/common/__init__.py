"""Shared by every capability: device settings, the audit log in words, leaving the vault (exports), safe display of names, passphrase strength, licences."""
