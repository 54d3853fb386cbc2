"""Qt screens: windows, pages, dialogs and the lock/unlock session. No SQL here."""
