"""Reproducible PDF: the clock-dependent dates and random ids a PDF writer stamps are made
fixed, each token keeping its length (the cross-reference offsets stay valid), and
nothing else changes."""

import re

import pytest

from urban_safety_monitor.usm_plugin.core.publish.pdf_repro import (reproducible_pdf,
                                                                    source_date_epoch)


def _pdf(date_info: bytes, xmp: bytes, ids: bytes, page: bytes = b"0 0 100 100 re f") -> bytes:
    """A small PDF whose xref offsets are right: an info dictionary, an XMP stream,
    one page, a trailer with an /ID."""
    objects = [
        b"<< /Title () /CreationDate (D:" + date_info + b") /ModDate (D:" + date_info + b") >>",
        b"<< /Type /Catalog /Pages 3 0 R /Metadata 5 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 3 0 R /MediaBox [0 0 100 100] /Contents 6 0 R >>",
        b"<< /Type /Metadata /Subtype /XML /Length " + str(len(xmp)).encode() + b" >>\nstream\n"
        + xmp + b"\nendstream",
        b"<< /Length " + str(len(page)).encode() + b" >>\nstream\n" + page + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    start = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += (b"trailer\n<< /Size %d /Info 1 0 R /Root 2 0 R /ID [<" % (len(objects) + 1) + ids
            + b"> <" + ids + b">] >>\nstartxref\n%d\n%%%%EOF\n" % start)
    return bytes(out)


def xref_is_valid(data: bytes) -> bool:
    """Every xref entry points at its ``N 0 obj`` and startxref at the xref table."""
    start = int(re.search(rb"startxref\s+(\d+)", data).group(1))
    if not data[start:].startswith(b"xref"):
        return False
    entries = re.findall(rb"(\d{10}) (\d{5}) n", data[start:])
    return all(data[int(offset):].startswith(b"%d 0 obj" % number)
               for number, (offset, _) in enumerate(entries, start=1))


def _xmp(when: bytes, uuid: bytes) -> bytes:
    return (b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:Description '
            b'xmp:MetadataDate="' + when + b'"><xmp:CreateDate>' + when + b"</xmp:CreateDate>"
            b"<xmp:ModifyDate>" + when + b"</xmp:ModifyDate><xmpMM:DocumentID>uuid:" + uuid
            + b"</xmpMM:DocumentID><xmpMM:InstanceID>uuid:" + uuid
            + b"</xmpMM:InstanceID></rdf:Description></x:xmpmeta>")


FIRST = _pdf(b"20261202070509+01'00'", _xmp(b"2026-12-02T07:05:09+01:00",
                                           b"1b4e28ba-2fa1-11d2-883f-0016d3cca427"),
             b"1B4E28BA2FA111D2883F0016D3CCA427")
SECOND = _pdf(b"20270315221144-05'00'", _xmp(b"2027-03-15T22:11:44-05:00",
                                            b"9e107d9d-372b-4b6c-9d2f-1a8c0e5b7f00"),
              b"9E107D9D372B4B6C9D2F1A8C0E5B7F00")


def test_two_exports_at_different_times_become_identical():
    assert FIRST != SECOND and xref_is_valid(FIRST)
    a, b = reproducible_pdf(FIRST, epoch=0), reproducible_pdf(SECOND, epoch=0)
    assert a == b
    assert len(a) == len(FIRST) and xref_is_valid(a)


def test_dates_become_the_epoch_in_every_place():
    out = reproducible_pdf(FIRST, epoch=0)
    assert out.count(b"(D:19700101000000+00'00')") == 2
    assert out.count(b"1970-01-01T00:00:00+00:00") == 3
    assert b"2026" not in out


def test_source_date_epoch_gives_the_date(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # 2023-11-14 22:13:20 UTC
    assert source_date_epoch() == 1700000000
    out = reproducible_pdf(FIRST)
    assert b"(D:20231114221320+00'00')" in out and b"2023-11-14T22:13:20+00:00" in out
    assert len(out) == len(FIRST) and xref_is_valid(out)


@pytest.mark.parametrize("value", ["", "soon", "-5", "1.5", "999999999999"])
def test_unusable_source_date_epoch_is_the_epoch(value):
    assert source_date_epoch({"SOURCE_DATE_EPOCH": value}) == 0
    assert source_date_epoch({}) == 0


def test_ids_follow_the_content_not_the_clock():
    out = reproducible_pdf(FIRST, epoch=0)
    ids = re.search(rb"/ID \[<([0-9A-F]{32})> <([0-9A-F]{32})>\]", out)
    assert ids and ids.group(1) == ids.group(2) != b"1B4E28BA2FA111D2883F0016D3CCA427"
    uuid = re.search(rb"DocumentID>uuid:([0-9a-f\-]{36})<", out).group(1)
    assert uuid != b"1b4e28ba-2fa1-11d2-883f-0016d3cca427"
    assert uuid.replace(b"-", b"").upper() == ids.group(1)
    # another page content: another id
    other = _pdf(b"20261202070509+01'00'", _xmp(b"2026-12-02T07:05:09+01:00",
                                               b"1b4e28ba-2fa1-11d2-883f-0016d3cca427"),
                 b"1B4E28BA2FA111D2883F0016D3CCA427", page=b"0 0 50 50 re f")
    assert re.search(rb"/ID \[<([0-9A-F]{32})>", reproducible_pdf(other, epoch=0)).group(1) \
        != ids.group(1)


def test_only_the_tokens_change():
    out = reproducible_pdf(FIRST, epoch=0)
    changed = [i for i, (x, y) in enumerate(zip(FIRST, out)) if x != y]
    tokens = [m.span(2) for m in re.finditer(rb"(\(D:)([^)]*)\)", FIRST)]
    tokens += [m.span(1) for m in re.finditer(rb"(?:Date>|Date=\")([0-9T:+\-]+)", FIRST)]
    tokens += [m.span(1) for m in re.finditer(rb"uuid:([0-9a-f\-]+)", FIRST)]
    tokens += [m.span(1) for m in re.finditer(rb"<([0-9A-F]{32})>", FIRST)]
    assert changed and all(any(a <= i < b for a, b in tokens) for i in changed)


def test_a_file_without_stamps_is_unchanged():
    plain = b"%PDF-1.4\n1 0 obj\n<< /Title (D:2026) >>\nendobj\n%%EOF\n"
    assert reproducible_pdf(plain, epoch=0) == plain
