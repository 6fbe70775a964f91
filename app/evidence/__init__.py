"""The evidence locker (locker.py): import byte for byte, chats read as exhibits, images in a sandboxed worker, MRZ, identifiers, court bundles."""
