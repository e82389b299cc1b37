#!/bin/sh
# Regenerate the sample documents in samples/docs/ from the sources here.
#
# Needs (Debian packages): python3, libreoffice-writer (soffice), poppler-utils
# (pdftoppm), imagemagick, img2pdf, qpdf, fonts-liberation2 (metric
# equivalents of Times New Roman, used when LibreOffice renders the PDFs).
#
#   apt-get install -y python3 libreoffice-writer poppler-utils imagemagick \
#       img2pdf qpdf fonts-liberation2
#
# usage: samples/authoring/make-docs.sh [OUTDIR]      (default: samples/docs)
#
# The *.expected.json files in samples/docs are written by hand and are not
# touched. DOCX/PDF/DOC files carry creation timestamps, so a rebuild is not
# byte-identical; the text is.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
DOCS=$(cd "$HERE/../docs" && pwd)
OUT=${1:-"$DOCS"}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# ImageMagick: "magick" (IM7) or "convert" (IM6, Debian)
IM=$(command -v magick || command -v convert-im6.q16 || command -v convert)

# LibreOffice in a private profile, so a running office does not interfere
SOFFICE="soffice -env:UserInstallation=file://$WORK/lo-profile --headless"

fodt() {  # fodt SOURCE.vb [--tcvn3]  -> $WORK/NAME.fodt
    name=$(basename "$1" .vb)
    python3 "$HERE/vbmark.py" ${2:-} "$HERE/$1" "$WORK/$name.fodt"
}

convert_to() {  # convert_to FILTER NAME  (NAME.fodt in $WORK -> $OUT)
    $SOFFICE --convert-to "$1" --outdir "$OUT" "$WORK/$2.fodt" >/dev/null
}

echo "== word processor documents (LibreOffice)"
for src in nq-12-2024-hdnd-tinh bc-ubnd-kinhte-2024 nq-05-tu-2025 \
           qd-ubnd-2025-quyche cv-ubnd-2025 kh-ubnd-du-thao bc-sdl-dulich-2024; do
    fodt "$src.vb"
done
fodt qd-ub-quangninh-2003.tcvn3.vb --tcvn3

convert_to docx nq-12-2024-hdnd-tinh
convert_to pdf  nq-12-2024-hdnd-tinh
convert_to docx bc-ubnd-kinhte-2024
convert_to pdf  nq-05-tu-2025
convert_to docx qd-ubnd-2025-quyche
convert_to pdf  cv-ubnd-2025
convert_to docx kh-ubnd-du-thao
convert_to "doc:MS Word 97" bc-sdl-dulich-2024
convert_to "doc:MS Word 97" qd-ub-quangninh-2003.tcvn3

echo "== web page and plain text"
# tin-bai-html.html is written by hand in samples/docs, its only copy: copied to another OUTDIR
[ "$OUT" = "$DOCS" ] || cp "$DOCS/tin-bai-html.html" "$OUT/tin-bai-html.html"
python3 "$HERE/encode_text.py" utf8   "$HERE/text/van-ban-utf8.txt"   "$OUT/van-ban-utf8.txt"
python3 "$HERE/encode_text.py" utf16  "$HERE/text/van-ban-utf16.txt"  "$OUT/van-ban-utf16.txt"
python3 "$HERE/encode_text.py" cp1258 "$HERE/text/van-ban-cp1258.txt" "$OUT/van-ban-cp1258.txt"

echo "== scanned copy (image-only PDF)"
pdftoppm -r 150 -gray -png "$OUT/nq-12-2024-hdnd-tinh.pdf" "$WORK/scan"
i=0
pages=""
for png in "$WORK"/scan-*.png; do
    i=$((i + 1))
    # a slightly different skew per page, grey paper, speckle, soft focus
    angle=$(echo "$i" | awk '{print ($1 % 2 ? 0.7 : -0.5)}')
    $IM "$png" -seed "$i" -background white -rotate "$angle" \
        -attenuate 0.35 +noise Gaussian -blur 0x0.6 \
        -level 6%,94% -fill "gray(235)" -opaque white \
        -colorspace Gray -quality 55 "$WORK/scan-$i.jpg"
    pages="$pages $WORK/scan-$i.jpg"
done
# shellcheck disable=SC2086
img2pdf --pagesize A4 -o "$OUT/nq-12-2024-hdnd-tinh-scan.pdf" $pages

echo "== unreadable files"
qpdf --encrypt vanban-mat-khau vanban-owner 256 -- \
    "$OUT/nq-12-2024-hdnd-tinh.pdf" "$OUT/nq-12-2024-hdnd-tinh-encrypted.pdf"
size=$(wc -c < "$OUT/nq-12-2024-hdnd-tinh.pdf")
head -c $((size / 2)) "$OUT/nq-12-2024-hdnd-tinh.pdf" > "$OUT/nq-12-2024-hdnd-tinh-truncated.pdf"
: > "$OUT/empty.txt"

echo "== done: $OUT"
