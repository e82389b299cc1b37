#!/usr/bin/env python3
"""TCVN3 (TCVN 5712:1993 "ABC", VN3) <-> Unicode, for authoring legacy samples.

In a Word file typed with the .VnTime font family, every Vietnamese letter is
stored as a single 8-bit character of the TCVN3 table; Word shows it through
Windows-1252, so e.g. "Nghị quyết" is stored as "NghÞ quyÕt".  The table below
gives, for each Unicode letter, the Latin-1/cp1252 character that occupies its
TCVN3 code point.

Letters with a tone mark have no upper-case code point in TCVN3 (only
Ă Â Ê Ô Ơ Ư Đ have one). Headings were typed with the ".VnTimeH" font, whose
glyphs are all capitals, usually with Caps Lock on: the ASCII letters are
stored in upper case, a toned vowel with its lower-case code, so "QUYẾT ĐỊNH"
is stored as "QUYÕT §ÞNH" and decodes to "QUYếT ĐịNH" (as in real files of
the period). encode(text, heading=True) does that.

usage: tcvn3.py encode|decode < in > out     (UTF-8 on both sides)
"""
import sys
import unicodedata

# Unicode letter -> TCVN3 byte value
_LOWER = {
    "à": 0xB5, "ả": 0xB6, "ã": 0xB7, "á": 0xB8, "ạ": 0xB9,
    "ă": 0xA8, "ằ": 0xBB, "ẳ": 0xBC, "ẵ": 0xBD, "ắ": 0xBE, "ặ": 0xC6,
    "â": 0xA9, "ầ": 0xC7, "ẩ": 0xC8, "ẫ": 0xC9, "ấ": 0xCA, "ậ": 0xCB,
    "đ": 0xAE,
    "è": 0xCC, "ẻ": 0xCE, "ẽ": 0xCF, "é": 0xD0, "ẹ": 0xD1,
    "ê": 0xAA, "ề": 0xD2, "ể": 0xD3, "ễ": 0xD4, "ế": 0xD5, "ệ": 0xD6,
    "ì": 0xD7, "ỉ": 0xD8, "ĩ": 0xDC, "í": 0xDD, "ị": 0xDE,
    "ò": 0xDF, "ỏ": 0xE1, "õ": 0xE2, "ó": 0xE3, "ọ": 0xE4,
    "ô": 0xAB, "ồ": 0xE5, "ổ": 0xE6, "ỗ": 0xE7, "ố": 0xE8, "ộ": 0xE9,
    "ơ": 0xAC, "ờ": 0xEA, "ở": 0xEB, "ỡ": 0xEC, "ớ": 0xED, "ợ": 0xEE,
    "ù": 0xEF, "ủ": 0xF1, "ũ": 0xF2, "ú": 0xF3, "ụ": 0xF4,
    "ư": 0xAD, "ừ": 0xF5, "ử": 0xF6, "ữ": 0xF7, "ứ": 0xF8, "ự": 0xF9,
    "ỳ": 0xFA, "ỷ": 0xFB, "ỹ": 0xFC, "ý": 0xFD, "ỵ": 0xFE,
}
# the only capitals with their own code points
_UPPER = {"Ă": 0xA1, "Â": 0xA2, "Ê": 0xA3, "Ô": 0xA4, "Ơ": 0xA5, "Ư": 0xA6, "Đ": 0xA7}

TO_TCVN3 = {**{k: chr(v) for k, v in _LOWER.items()}, **{k: chr(v) for k, v in _UPPER.items()}}
FROM_TCVN3 = {v: k for k, v in TO_TCVN3.items()}


def encode(text, heading=False):
    """Unicode -> string of TCVN3 code points (as Latin-1 characters).

    heading=False (.VnTime): a capital with a tone mark has no code point and
    is typed with the lower-case one, as typists did.  heading=True (.VnTimeH):
    everything is upper-cased first (Caps Lock); the font shows capitals.
    """
    text = unicodedata.normalize("NFC", text)
    if heading:
        text = text.upper()
    out = []
    for ch in text:
        if ch in TO_TCVN3:
            out.append(TO_TCVN3[ch])
        elif ch.lower() in _LOWER and ch != ch.lower():
            out.append(TO_TCVN3[ch.lower()])
        elif ord(ch) < 0x80 or ch in "\u201c\u201d\u2018\u2019\u2013\u2026":
            out.append(ch)
        else:
            raise ValueError("no TCVN3 code for %r" % ch)
    return "".join(out)


def decode(text):
    return "".join(FROM_TCVN3.get(ch, ch) for ch in text)


if __name__ == "__main__":
    if len(sys.argv) != 2 or sys.argv[1] not in ("encode", "decode"):
        sys.exit(__doc__)
    data = sys.stdin.read()
    sys.stdout.write(encode(data) if sys.argv[1] == "encode" else decode(data))
