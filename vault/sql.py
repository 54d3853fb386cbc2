"""The SQLCipher driver in one place, typed loosely, so other modules need not import it."""

from __future__ import annotations

from typing import Any

import sqlcipher3

Connection = Any  # sqlcipher3.Connection has no type information
DatabaseError: type[Exception] = sqlcipher3.DatabaseError
IntegrityError: type[Exception] = sqlcipher3.IntegrityError
connect = sqlcipher3.connect
complete_statement = sqlcipher3.complete_statement
