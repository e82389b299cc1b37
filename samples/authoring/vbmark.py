#!/usr/bin/env python3
"""Turn a small text markup (*.vb) into a LibreOffice flat ODT (*.fodt).

LibreOffice then converts the .fodt into DOCX, PDF or Word 97 DOC, so every
sample is a real file written by a real word processor.

usage: vbmark.py [--tcvn3] IN.vb OUT.fodt

Markup, one paragraph per line (blank lines are ignored):

    text            justified body paragraph, first line indented
    = text          centred
    < text          left-aligned, no indent
    > text          right-aligned
    ~               an empty paragraph (vertical space)
    ---             a short centred rule (the line under header names)
    -----           the same, shorter (in a full-width paragraph)
    [pagebreak]     page break

  A line may start with modifiers, after the alignment mark:
    {12}            font size in points for that paragraph (default 14)
    {H}             (with --tcvn3) the paragraph uses the .VnTimeH font

  Inline: **bold**, __italic__ (they nest).

  Borderless layout grid (official header, signature block):
    [grid 6.5 9.5]         column widths in cm
    ...lines of cell 1...
    [cell]
    ...lines of cell 2...
    [row]                  next row, same columns
    ...
    [/grid]

  Bordered data table, one row per line, cells separated by " | ":
    [table 1.0 6.0 2.0 2.4 2.4 2.2 align=clcrrr]   (l/c/r per column; the
    first row is the header row, centred)
    [/table]

With --tcvn3 every character is written as its TCVN3 (ABC) code point and
runs use the fonts .VnTime / .VnTimeH, as a document typed with the ABC
keyboard driver in the 1990s-2000s (see tcvn3.py).
"""
import re
import sys
from xml.sax.saxutils import escape

import tcvn3

BODY_PT = 14


class Doc:
    def __init__(self, legacy=False):
        self.legacy = legacy
        self.pstyles = {}   # key -> name
        self.tstyles = {}
        self.body = []
        self.tables = 0
        self.cellstyles = set()

    # ---- styles -----------------------------------------------------------
    def pstyle(self, align, size, indent, rule=0, vnh=False, pagebreak=False):
        key = (align, size, indent, rule, vnh, pagebreak)
        if key not in self.pstyles:
            self.pstyles[key] = "P%d" % (len(self.pstyles) + 1)
        return self.pstyles[key]

    def tstyle(self, bold, italic, size, vnh):
        key = (bold, italic, size, vnh)
        if key not in self.tstyles:
            self.tstyles[key] = "T%d" % (len(self.tstyles) + 1)
        return self.tstyles[key]

    def font(self, vnh):
        if self.legacy:
            return ".VnTimeH" if vnh else ".VnTime"
        return "Times New Roman"

    def styles_xml(self):
        out = []
        for (align, size, indent, rule, vnh, pagebreak), name in self.pstyles.items():
            para = {
                "fo:text-align": {"j": "justify", "c": "center", "l": "start", "r": "end"}[align],
                "fo:margin-top": "0cm", "fo:margin-bottom": "0.12cm",
                "fo:line-height": "115%",
            }
            if indent:
                para["fo:text-indent"] = "1.27cm"
            if rule:
                para.update({"fo:margin-left": "%.1fcm" % rule, "fo:margin-right": "%.1fcm" % rule,
                             "fo:border-bottom": "0.5pt solid #000000",
                             "fo:padding": "0cm", "fo:margin-bottom": "0.2cm"})
            if pagebreak:
                para["fo:break-before"] = "page"
            pa = " ".join('%s="%s"' % kv for kv in para.items())
            tsize = 4 if rule else size
            out.append(
                '<style:style style:name="%s" style:family="paragraph" style:parent-style-name="Standard">'
                '<style:paragraph-properties %s/>'
                '<style:text-properties style:font-name="%s" fo:font-size="%spt"/></style:style>'
                % (name, pa, self.font(vnh), tsize))
        for (bold, italic, size, vnh), name in self.tstyles.items():
            props = ['style:font-name="%s"' % self.font(vnh), 'fo:font-size="%spt"' % size]
            if bold:
                props.append('fo:font-weight="bold"')
            if italic:
                props.append('fo:font-style="italic"')
            out.append('<style:style style:name="%s" style:family="text">'
                       '<style:text-properties %s/></style:style>' % (name, " ".join(props)))
        return "\n".join(out)

    # ---- content ----------------------------------------------------------
    def runs(self, text, size, vnh):
        """Inline markup -> list of <text:span>."""
        parts = re.split(r"(\*\*|__)", text)
        bold = italic = False
        out = []
        for p in parts:
            if p == "**":
                bold = not bold
                continue
            if p == "__":
                italic = not italic
                continue
            if not p:
                continue
            if self.legacy:
                p = tcvn3.encode(p, heading=vnh)
            s = escape(p)
            # keep runs of spaces (blank serial numbers, aligned text)
            s = re.sub(r"  +", lambda m: ' <text:s text:c="%d"/>' % (len(m.group()) - 1), s)
            out.append('<text:span text:style-name="%s">%s</text:span>'
                       % (self.tstyle(bold, italic, size, vnh), s))
        return "".join(out)

    def para(self, line, pagebreak=False):
        """One markup line -> <text:p>."""
        if line.strip() in ("---", "-----"):
            width = 2.4 if line.strip() == "---" else 6.0
            return '<text:p text:style-name="%s"/>' % self.pstyle("c", BODY_PT, False, rule=width)
        if line.strip() == "~":
            return '<text:p text:style-name="%s"/>' % self.pstyle("l", BODY_PT, False)
        align, indent = "j", True
        if line[:2] in ("= ", "< ", "> ") or line in ("=", "<", ">"):
            align = {"=": "c", "<": "l", ">": "r"}[line[0]]
            indent = False
            line = line[2:]
        size, vnh = BODY_PT, False
        while True:
            m = re.match(r"\{(\d+|H)\}", line)
            if not m:
                break
            if m.group(1) == "H":
                vnh = self.legacy
            else:
                size = int(m.group(1))
            line = line[m.end():]
        name = self.pstyle(align, size, indent, vnh=vnh, pagebreak=pagebreak)
        return '<text:p text:style-name="%s">%s</text:p>' % (name, self.runs(line, size, vnh))

    def grid(self, widths, rows, bordered=False, aligns=None):
        self.tables += 1
        tname = "Table%d" % self.tables
        total = sum(widths)
        cols = "".join('<table:table-column table:style-name="%s.C%d"/>' % (tname, i)
                       for i in range(len(widths)))
        colstyles = "".join(
            '<style:style style:name="%s.C%d" style:family="table-column">'
            '<style:table-column-properties style:column-width="%.2fcm"/></style:style>'
            % (tname, i, w) for i, w in enumerate(widths))
        cell = "%s.Cell" % tname
        border = "0.5pt solid #000000" if bordered else "none"
        self.cellstyles.add(
            '<style:style style:name="%s" style:family="table">'
            '<style:table-properties style:width="%.2fcm" table:align="center"/></style:style>%s'
            '<style:style style:name="%s" style:family="table-cell">'
            '<style:table-cell-properties fo:padding="0.08cm" fo:border="%s" style:vertical-align="%s"/>'
            '</style:style>' % (tname, total, colstyles, cell, border, "middle" if bordered else "top"))
        out = ['<table:table table:name="%s" table:style-name="%s">%s' % (tname, tname, cols)]
        for r, row in enumerate(rows):
            out.append("<table:table-row>")
            for c, lines in enumerate(row):
                out.append('<table:table-cell table:style-name="%s" office:value-type="string">' % cell)
                for ln in lines:
                    if bordered:
                        a = "c" if r == 0 else (aligns[c] if aligns else "l")
                        mark = {"c": "= ", "l": "< ", "r": "> "}[a]
                        ln = mark + "{12}" + ln
                    out.append(self.para(ln))
                if not lines:
                    out.append(self.para("< "))
                out.append("</table:table-cell>")
            out.append("</table:table-row>")
        out.append("</table:table>")
        return "".join(out)

    def parse(self, src):
        lines = src.splitlines()
        i = 0
        pagebreak = False
        while i < len(lines):
            line = lines[i].rstrip("\n")
            i += 1
            if not line.strip():
                continue
            if line.startswith("[pagebreak]"):
                pagebreak = True
                continue
            if pagebreak and line.startswith(("[grid", "[table")):
                # a table cannot carry the break: put it on an empty paragraph
                self.body.append('<text:p text:style-name="%s"/>'
                                 % self.pstyle("l", BODY_PT, False, pagebreak=True))
                pagebreak = False
            m = re.match(r"\[grid ([\d. ]+)\]$", line)
            if m:
                widths = [float(x) for x in m.group(1).split()]
                rows, row, cellbuf = [], [], []
                while not lines[i].startswith("[/grid]"):
                    ln = lines[i]
                    i += 1
                    if ln == "[cell]":
                        row.append(cellbuf); cellbuf = []
                    elif ln == "[row]":
                        row.append(cellbuf); rows.append(row); row, cellbuf = [], []
                    elif ln.strip():
                        cellbuf.append(ln)
                i += 1
                row.append(cellbuf); rows.append(row)
                self.body.append(self.grid(widths, rows))
                continue
            m = re.match(r"\[table ([\d. ]+?)(?: align=(\w+))?\]$", line)
            if m:
                widths = [float(x) for x in m.group(1).split()]
                rows = []
                while not lines[i].startswith("[/table]"):
                    if lines[i].strip():
                        rows.append([[c.strip()] if c.strip() else [] for c in lines[i].split(" | ")])
                    i += 1
                i += 1
                self.body.append(self.grid(widths, rows, bordered=True, aligns=m.group(2)))
                continue
            self.body.append(self.para(line, pagebreak=pagebreak))
            pagebreak = False

    def xml(self):
        fonts = ['<style:font-face style:name="Times New Roman" svg:font-family="&apos;Times New Roman&apos;" '
                 'style:font-family-generic="roman" style:font-pitch="variable"/>']
        if self.legacy:
            for f in (".VnTime", ".VnTimeH"):
                fonts.append('<style:font-face style:name="%s" svg:font-family="%s" '
                             'style:font-family-generic="roman" style:font-pitch="variable"/>' % (f, f))
        body = "\n".join(self.body)  # styles are collected while rendering
        return """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>%s</office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:text-properties style:font-name="%s" fo:font-size="%dpt" fo:language="vi" fo:country="VN"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="3cm" fo:margin-right="2cm"/></style:page-layout>
%s
%s
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>
%s
</office:text></office:body></office:document>
""" % ("".join(fonts), self.font(False), BODY_PT, self.styles_xml(), "\n".join(sorted(self.cellstyles)), body)


def main(argv):
    legacy = False
    if argv and argv[0] == "--tcvn3":
        legacy = True
        argv = argv[1:]
    if len(argv) != 2:
        sys.exit(__doc__)
    doc = Doc(legacy)
    with open(argv[0], encoding="utf-8") as f:
        doc.parse(f.read())
    with open(argv[1], "w", encoding="utf-8") as f:
        f.write(doc.xml())


if __name__ == "__main__":
    main(sys.argv[1:])
