#!/usr/bin/env python3
"""Write a UTF-8 text source in another encoding, as Windows programs did.

usage: encode_text.py utf8|utf16|cp1258 IN.txt OUT.txt

utf8    UTF-8 without BOM, LF line ends (as written).
utf16   Word's "Unicode Text": BOM + UTF-16LE, CRLF line ends.
cp1258  Windows-1258, CRLF line ends. Windows-1258 has the base letters
        â ê ô ă ơ ư đ and a few toned vowels (à á è é ...) precomposed, and
        the five tone marks as combining characters; a letter with no
        precomposed code point is written as base letter + combining tone,
        as Windows' own converter does.
"""
import sys
import unicodedata

TONES = "\u0300\u0301\u0303\u0309\u0323"


def cp1258_bytes(text):
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        tone = "".join(c for c in d if c in TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES))
        out += (base + tone).encode("cp1258")  # raises if still impossible
    return bytes(out)


def main(mode, src, dst):
    with open(src, encoding="utf-8") as f:
        text = f.read()
    if mode == "utf8":
        data = text.encode("utf-8")
    elif mode == "utf16":
        data = b"\xff\xfe" + text.replace("\n", "\r\n").encode("utf-16-le")
    elif mode == "cp1258":
        data = cp1258_bytes(text.replace("\n", "\r\n"))
    else:
        sys.exit(__doc__)
    with open(dst, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
