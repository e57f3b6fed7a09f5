"""Bytes to text: UTF-8 (with or without BOM), UTF-16/32 with BOM, and the
Chinese legacy encodings (GB18030/GBK, Big5) detected by charset-normalizer.

Strict UTF-8 is tried first (the common case, and cheap); charset-normalizer
runs only when it fails. Binary input (NUL bytes, known binary signatures, a
low share of printable characters) raises :class:`~zhkg.errors.InputError`.

>>> decode("来源：教务处".encode("gb18030"), "a.txt")
'来源：教务处'
>>> decode(b"\\xef\\xbb\\xbfok", "a.txt")
'ok'
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from zhkg.errors import InputError

__all__ = ["decode", "looks_binary", "replace_surrogates"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

#: File signatures of common binary formats: (magic bytes, name).
_MAGIC = (
    (b"%PDF-", "PDF document"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"PK\x03\x04", "ZIP archive (or docx/xlsx)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office document"),
    (b"\x7fELF", "ELF executable"),
    (b"Rar!", "RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
)

#: Below this share of printable characters a decoded text is taken as binary.
_MIN_PRINTABLE = 0.95
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")


def looks_binary(raw: bytes) -> str | None:
    """Why ``raw`` looks binary (a short reason), or None if it may be text.

    >>> looks_binary(b"\\x89PNG\\r\\n\\x1a\\n....")
    'binary file (PNG image)'
    >>> looks_binary("正文".encode("utf-16"))  # has a BOM: NUL bytes are expected
    """
    for magic, name in _MAGIC:
        if raw.startswith(magic):
            return f"binary file ({name})"
    if any(raw.startswith(bom) for bom, _ in _BOMS):
        return None
    if b"\x00" in raw[:65536]:
        return "binary file (contains NUL bytes)"
    return None


_SURROGATE = re.compile("[\ud800-\udfff]")


def replace_surrogates(text: str) -> str:
    """``text`` with lone UTF-16 surrogates (no UTF-8 encoder takes them; JSON
    escapes such as ``"\\ud800"`` make them) replaced by U+FFFD, one for one,
    so offsets stay valid.

    >>> replace_surrogates("a" + chr(0xD800) + "b") == "a\\ufffdb"
    True
    """
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def _printable_share(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 1.0
    bad = 0
    for ch in sample:
        if ch in _ALLOWED_CONTROLS:
            continue
        cat = unicodedata.category(ch)
        if cat in ("Cc", "Cs", "Co", "Cn") or ch == "\ufffd":
            bad += 1
    return 1.0 - bad / len(sample)


def _han_share(text: str) -> float:
    """The share of CJK ideographs among the non-ASCII characters of ``text``."""
    sample = [ch for ch in text[:20000] if ord(ch) > 0x7F]
    if not sample:
        return 0.0
    han = sum(
        1
        for ch in sample
        if "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\u3000" <= ch <= "\u303f"
        or "\uff01" <= ch <= "\uff5e"
    )
    return han / len(sample)


def _detect(raw: bytes, path: str) -> str:
    from charset_normalizer import from_bytes  # imported only when UTF-8 fails

    matches = list(from_bytes(raw))
    if not matches:
        raise InputError(path, "cannot decode: not UTF-8 and no other encoding fits (undecodable text)")
    # Among what charset-normalizer finds plausible, prefer the reading with
    # the most Chinese characters (Big5 text with ASCII runs is otherwise
    # sometimes read as a Japanese code page), then the least chaos.
    ranked = sorted(
        enumerate(matches),
        key=lambda im: (-round(_han_share(str(im[1])), 1), round(im[1].chaos, 2), im[0]),
    )
    best = ranked[0][1]
    return str(best)


def decode(raw: bytes, path: str) -> str:
    """Decode the bytes of an article file; raise InputError naming ``path`` if impossible.

    Args:
        raw: the file's bytes.
        path: the file's name, used in error messages.

    Returns:
        The text, without any byte order mark.

    Raises:
        InputError: the bytes are binary or no encoding fits.

    >>> decode("學校".encode("big5") * 4, "b5.txt")
    '學校學校學校學校'
    >>> try:
    ...     decode(b"\\x00\\x01\\x02", "x.bin")
    ... except InputError as e:
    ...     print(e)
    x.bin: binary file (contains NUL bytes)
    """
    reason = looks_binary(raw)
    if reason:
        raise InputError(path, reason)
    text: str | None = None
    for bom, enc in _BOMS:
        if raw.startswith(bom):
            try:
                text = raw.decode(enc)
            except UnicodeDecodeError as e:
                raise InputError(path, f"cannot decode as {enc} despite its byte order mark: {e.reason}") from e
            break
    if text is None:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = _detect(raw, path)
    text = text.lstrip("\ufeff")
    if _printable_share(text) < _MIN_PRINTABLE:
        raise InputError(path, "binary file (too few printable characters)")
    return text
