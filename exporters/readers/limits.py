"""How much an importer accepts, so that no file can exhaust memory or time."""

from __future__ import annotations

MAX_FILE_BYTES = 50 * 1024 * 1024  # a résumé, an archive or a badge, as read from disk
MAX_JSON_DEPTH = 64  # JSON Resume needs 4; anything deeper is not a résumé
MAX_NUMBER_DIGITS = 30  # the longest number a résumé has is a phone number or a year
MAX_ZIP_MEMBERS = 2_000
MAX_ZIP_TOTAL_BYTES = 200 * 1024 * 1024  # unpacked, all the files we read together
MAX_ZIP_RATIO = 200  # deflate reaches ~1000:1 only on crafted input
MAX_IMAGE_PIXELS = 40_000_000
MAX_TEXT_CHUNK_BYTES = 1024 * 1024  # an Open Badges JWT is a few kilobytes
