#!/usr/bin/env python3
"""Builds a multi-chapter book pair from an evaluation set, at run time (never stored):
each document becomes a chapter with a heading ("第N章" / "Chapter N") and one <p> per
sentence line, in a Chinese and an English EPUB 3, plus the same lines as plain text files and
the gold links of the whole book (offsets added, heading pairs linked).

usage: make-book.py SET_DIR [SET_DIR…] OUT_DIR [--drop-english N] [--repeat K]
  several SET_DIRs are concatenated (their documents in turn, set by set)
  --drop-english N  leave chapter N (1-based) out of the English book: its Chinese sentences
                    are gold-linked to nothing
  --repeat K        use the set K times over (a novel-length book for timing)
OUT_DIR receives zh.epub, en.epub, zh.txt, en.txt and gold/001.align.
"""
import argparse
import html
import os
import re
import zipfile

CHINESE_DIGITS = "零一二三四五六七八九"


def chinese_number(n):
    if n < 10:
        return CHINESE_DIGITS[n]
    if n < 20:
        return "十" + (CHINESE_DIGITS[n % 10] if n % 10 else "")
    return CHINESE_DIGITS[n // 10] + "十" + (CHINESE_DIGITS[n % 10] if n % 10 else "")


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n") for line in f]


def parse_link(text):
    left, right = text.strip().split(":")
    side = lambda s: [int(x) for x in s.strip()[1:-1].split(",") if x.strip()]
    return side(left), side(right)


def epub(path, language, chapters):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/epub+zip", zipfile.ZIP_STORED)
        z.writestr("META-INF/container.xml",
                   '<?xml version="1.0"?><container version="1.0" '
                   'xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
                   '<rootfile full-path="OEBPS/book.opf" media-type="application/oebps-package+xml"/>'
                   '</rootfiles></container>')
        items, refs, nav = [], [], []
        for i, (title, lines) in enumerate(chapters):
            name = f"c{i:03d}.xhtml"
            body = "".join(f"<p>{html.escape(line)}</p>\n" for line in lines)
            z.writestr("OEBPS/" + name,
                       '<?xml version="1.0" encoding="UTF-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'
                       f"<head><title>{html.escape(title)}</title></head><body>"
                       f"<h1>{html.escape(title)}</h1>\n{body}</body></html>")
            items.append(f'<item id="c{i}" href="{name}" media-type="application/xhtml+xml"/>')
            refs.append(f'<itemref idref="c{i}"/>')
            nav.append(f'<li><a href="{name}">{html.escape(title)}</a></li>')
        z.writestr("OEBPS/nav.xhtml",
                   '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml" '
                   'xmlns:epub="http://www.idpf.org/2007/ops"><body><nav epub:type="toc"><ol>'
                   + "".join(nav) + "</ol></nav></body></html>")
        z.writestr("OEBPS/book.opf",
                   f'<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0">'
                   f'<metadata><dc:language xmlns:dc="http://purl.org/dc/elements/1.1/">{language}'
                   '</dc:language></metadata><manifest>'
                   '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>'
                   + "".join(items) + "</manifest><spine>" + "".join(refs) + "</spine></package>")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("set_dirs", nargs="+")
    parser.add_argument("out_dir")
    parser.add_argument("--drop-english", type=int, default=0)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    names = [(set_dir, os.path.basename(p)[:-6]) for set_dir in args.set_dirs
             for p in sorted(os.listdir(os.path.join(set_dir, "gold"))) if p.endswith(".align")]
    names = names * args.repeat
    zh_chapters, en_chapters, gold = [], [], []
    zh_offset = en_offset = 0
    for number, (set_dir, name) in enumerate(names, start=1):
        zh = read_lines(os.path.join(set_dir, "zh", name))
        en = read_lines(os.path.join(set_dir, "en", name))
        dropped = number == args.drop_english
        zh_chapters.append((f"第{chinese_number(number)}章", zh))
        if not dropped:
            en_chapters.append((f"Chapter {number}", en))
            gold.append(([zh_offset], [en_offset]))
        else:
            gold.append(([zh_offset], []))
        zh_offset += 1
        if not dropped:
            en_offset += 1
        for line in read_lines(os.path.join(set_dir, "gold", name + ".align")):
            if not line.strip():
                continue
            z, e = parse_link(line)
            if dropped:
                gold.extend(([zh_offset + i], []) for i in z)
            else:
                gold.append(([zh_offset + i for i in z], [en_offset + i for i in e]))
        zh_offset += len(zh)
        if not dropped:
            en_offset += len(en)
    os.makedirs(os.path.join(args.out_dir, "gold"), exist_ok=True)
    epub(os.path.join(args.out_dir, "zh.epub"), "zh", zh_chapters)
    epub(os.path.join(args.out_dir, "en.epub"), "en", en_chapters)
    for language, chapters in (("zh", zh_chapters), ("en", en_chapters)):
        with open(os.path.join(args.out_dir, language + ".txt"), "w", encoding="utf-8") as f:
            for title, lines in chapters:
                f.write(title + "\n" + "".join(line + "\n" for line in lines))
    with open(os.path.join(args.out_dir, "gold", "001.align"), "w") as f:
        for z, e in gold:
            f.write("[" + ",".join(map(str, z)) + "]:[" + ",".join(map(str, e)) + "]\n")


if __name__ == "__main__":
    main()
