"""Saksi's PySide6 desktop shell.

Layout: ``main`` (entry point), ``main_window`` (welcome / unlock / workspace stack, lock and
auto-lock), ``welcome``, ``create_wizard``, ``unlock``, ``workspace`` (sidebar and pages),
``settings_page``, ``users_dialog``, ``account_dialogs``, ``recovery`` (the show-once recovery
code page and its paper sheet), ``jobs`` (the one helper for work off the GUI thread),
``dialogs`` (the one place modal dialogs run), ``idle``, ``crash``, ``look``, ``widgets``.

Widgets never run SQL themselves except through the ``Vault`` methods, and slow calls
(Argon2id, verify, backup, key rotation) go through ``ui.jobs``.
"""
