"""Reproducible PDF files: the clock-dependent tokens a PDF writer puts in a file, made
fixed, so two runs on the same inputs write the same bytes.

Qt's PDF writer (behind QGIS's print layout export) stamps every file with the time of
the export: ``/CreationDate`` (and, in some versions, ``/ModDate``) in the document
information dictionary, the XMP dates (``xmp:CreateDate``, ``xmp:ModifyDate``,
``xmp:MetadataDate``) when it writes XMP metadata, and a random document id (the trailer's
``/ID`` and the XMP ``xmpMM:DocumentID``/``xmpMM:InstanceID``) in Qt 6.  None of these can
be switched off through the QGIS export settings, so :func:`reproducible_pdf` rewrites them
in place after the export:

* every date becomes the date given by ``SOURCE_DATE_EPOCH`` (seconds since
  1970-01-01 UTC, the reproducible-builds.org convention) when that variable is set,
  else the Unix epoch itself, 1970-01-01 00:00:00 UTC;
* every id becomes hexadecimal digits of a SHA-256 of the file itself (with those ids
  blanked), so it still tells different documents apart.

Each token keeps its exact byte length, so the cross-reference table's offsets stay
valid; nothing else in the file (pages, fonts, images) is touched.
"""

from __future__ import annotations

import hashlib
import os
import re
from datetime import datetime, timezone
from typing import Mapping, Optional

__all__ = ["reproducible_pdf", "source_date_epoch"]

# /CreationDate (D:20261202060509Z) or (D:20261202070509+01'00')
_INFO_DATE = re.compile(rb"(/(?:CreationDate|ModDate)\s*\(D:)([0-9]{4,14})([^)]{0,16})(\))")
# <xmp:CreateDate>2026-12-02T07:05:09+01:00</xmp:CreateDate> or xmp:CreateDate="..."
_XMP_DATE = re.compile(rb"((?:xmp:CreateDate|xmp:ModifyDate|xmp:MetadataDate)"
                       rb"(?:>|\s*=\s*[\"']))([0-9][0-9T:.+\-Z]{3,40})")
# /ID [<hex> <hex>] in the trailer
_TRAILER_ID = re.compile(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]{8,128})(>\s*<)([0-9A-Fa-f]{8,128})(>)")
# xmpMM:DocumentID / InstanceID: uuid:xxxxxxxx-xxxx-... (element or attribute)
_XMP_ID = re.compile(rb"((?:xmpMM:DocumentID|xmpMM:InstanceID)(?:>|\s*=\s*[\"'])(?:uuid:)?)"
                     rb"([0-9A-Fa-f\-]{8,64})")


def source_date_epoch(environ: Optional[Mapping[str, str]] = None) -> int:
    """The fixed date of reproducible files, in seconds since 1970-01-01 UTC:
    ``SOURCE_DATE_EPOCH`` when it holds a whole number of seconds from 0 up to year 9999,
    else 0 (the Unix epoch).

    References
    ----------
    reproducible-builds.org, "SOURCE_DATE_EPOCH" specification,
    https://reproducible-builds.org/specs/source-date-epoch/
    """
    value = (os.environ if environ is None else environ).get("SOURCE_DATE_EPOCH", "")
    value = value.strip()
    if value.isdigit() and int(value) < 253402300800:  # 10000-01-01
        return int(value)
    return 0


def _replace_zone(suffix: bytes) -> bytes:
    """A time-zone (or fraction) suffix made UTC of the same length: digits to 0, signs +."""
    return bytes(b"0"[0] if c in b"0123456789" else (b"+"[0] if c in b"+-" else c)
                 for c in suffix)


def _info_date(when: datetime):
    digits = when.strftime("%Y%m%d%H%M%S").encode("ascii")

    def replace(match):
        old = match.group(2)
        return (match.group(1) + digits[:len(old)] + _replace_zone(match.group(3))
                + match.group(4))
    return replace


def _xmp_date(when: datetime):
    stamp = when.strftime("%Y-%m-%dT%H:%M:%S").encode("ascii")

    def replace(match):
        old = match.group(2)
        head = min(len(old), len(stamp))
        # keep the token's own shape (date only, with seconds, fraction, zone)
        new = bytes(stamp[i] if old[i:i + 1].isdigit() == stamp[i:i + 1].isdigit() else old[i]
                    for i in range(head)) + _replace_zone(old[head:])
        return match.group(1) + new
    return replace


def _hex_like(old: bytes, digest: str) -> bytes:
    """``old`` with each hexadecimal digit replaced by the next one of ``digest`` (other
    characters, such as a UUID's dashes, kept; upper case when ``old`` has upper case)."""
    upper = old != old.lower()
    stream = iter((digest.upper() if upper else digest.lower())
                  * (len(old) // len(digest) + 1))
    return bytes(ord(next(stream)) if chr(c) in "0123456789abcdefABCDEF" else c for c in old)


def reproducible_pdf(data: bytes, *, epoch: Optional[int] = None) -> bytes:
    """The bytes of a PDF with its creation dates and document ids made fixed.

    Parameters
    ----------
    data : bytes
        The whole PDF file as written.
    epoch : int, optional
        The date to write, in seconds since 1970-01-01 UTC; default
        :func:`source_date_epoch` (``SOURCE_DATE_EPOCH``, else 0).

    Returns
    -------
    bytes
        The same file, of the same length, with every date token of the information
        dictionary and the XMP metadata set to ``epoch`` and every document id replaced by
        digits of a SHA-256 of the file.  A file without such tokens is returned unchanged.

    References
    ----------
    ISO 32000-1:2008, Document management -- Portable document format -- Part 1: PDF 1.7,
    sections 7.9.4 (dates), 14.3.2 (metadata streams) and 14.4 (file identifiers).

    Examples
    --------
    >>> old = b"<< /CreationDate (D:20261202070509+01'00') >>"
    >>> reproducible_pdf(old, epoch=0)
    b"<< /CreationDate (D:19700101000000+00'00') >>"
    """
    when = datetime.fromtimestamp(source_date_epoch() if epoch is None else int(epoch),
                                  tz=timezone.utc)
    data = _INFO_DATE.sub(_info_date(when), data)
    data = _XMP_DATE.sub(_xmp_date(when), data)
    if not (_TRAILER_ID.search(data) or _XMP_ID.search(data)):
        return data
    blank = _TRAILER_ID.sub(lambda m: m.group(1) + b"0" * len(m.group(2)) + m.group(3)
                            + b"0" * len(m.group(4)) + m.group(5), data)
    blank = _XMP_ID.sub(lambda m: m.group(1) + _hex_like(m.group(2), "0"), blank)
    digest = hashlib.sha256(blank).hexdigest()
    data = _TRAILER_ID.sub(lambda m: m.group(1) + _hex_like(m.group(2), digest) + m.group(3)
                           + _hex_like(m.group(4), digest) + m.group(5), data)
    return _XMP_ID.sub(lambda m: m.group(1) + _hex_like(m.group(2), digest), data)
