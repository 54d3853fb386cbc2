"""Images that leave Musette: re-encoded, so no EXIF (place, camera, date) goes along."""

from __future__ import annotations

import io
import warnings

from .platypus import Flowable, Image

MAX_IMAGE_PIXELS = 40_000_000


def clean_png(data: bytes) -> tuple[bytes, int, int] | None:
    """The picture as a fresh PNG with its size, or None when it is not a safe PNG or JPEG."""
    from PIL import Image as PILImage

    with warnings.catch_warnings():
        warnings.simplefilter("error", PILImage.DecompressionBombWarning)
        try:
            with PILImage.open(io.BytesIO(data), formats=["PNG", "JPEG"]) as source:
                if source.width * source.height > MAX_IMAGE_PIXELS:
                    return None
                pixels = source.convert("RGB")
        except (
            OSError,
            ValueError,
            PILImage.DecompressionBombWarning,
            PILImage.DecompressionBombError,
        ):
            return None
    out = io.BytesIO()
    pixels.save(out, format="PNG", optimize=False)
    return out.getvalue(), pixels.width, pixels.height


def fitted(
    data: bytes, max_width: float, max_height: float, *, pixel: float | None = None
) -> Flowable | None:
    """A reportlab image of the cleaned picture, scaled down to fit the box.

    With `pixel` (a size per pixel), small pictures are not blown up past it.
    """
    cleaned = clean_png(data)
    if cleaned is None:
        return None
    png, width, height = cleaned
    scale = min(max_width / width, max_height / height, pixel if pixel is not None else 1e9)
    return Image(io.BytesIO(png), width=width * scale, height=height * scale)
