#!/usr/bin/env python3
"""Lays out a web copy of a speech the way copying it out of a PDF does.

Used to make the "PDF copy" form of a real speech whose PDF is not available (SOURCES.md
says which documents were made this way). What it does is only what a PDF copy does to
text: every paragraph is hard-wrapped at WIDTH columns with single newlines (paragraph
spacing is lost), a long word that does not fit is hyphenated across the line break, and
every PAGE lines a page number is printed, then the running header repeats at the top of
the next page -- also in the middle of a sentence. No word is added or changed.

    tools/pdf_copy.py SOURCE --header-lines N --width 90 --page 22 --running "TITLE" > OUT
"""

import argparse
import re
import sys

VOWELS = set("aeiouyáéíóúàèìòùâêîôûäëïöüAEIOUY")


def hyphen_point(word, room):
    """Where to break `word` so its first part plus a hyphen fits in `room`, or None."""
    letters = re.fullmatch(r"[^\W\d_]+([.,;:!?»”’)]*)", word)
    if not letters or len(word) < 8:
        return None
    for cut in range(min(room - 1, len(word) - 3), 2, -1):
        # Break before a consonant that starts a syllable (V-CV or VC-CV), as a
        # typesetter's hyphenation would.
        head, nxt, after = word[cut - 1], word[cut], word[cut + 1]
        if nxt in VOWELS or not nxt.isalpha() or after not in VOWELS:
            continue
        if head in VOWELS or (head.isalpha() and word[cut - 2] in VOWELS):
            return cut
    return None


def wrap(paragraph, width):
    lines, line = [], ""
    for word in paragraph.split():
        candidate = f"{line} {word}" if line else word
        if len(candidate) <= width:
            line = candidate
            continue
        cut = hyphen_point(word, width - len(line) - 1) if line else None
        if cut:
            lines.append(f"{line} {word[:cut]}-")
            line = word[cut:]
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("source")
    parser.add_argument("--header-lines", type=int, default=0)
    parser.add_argument("--width", type=int, default=90)
    parser.add_argument("--page", type=int, default=22, help="lines per page")
    parser.add_argument("--running", default="", help="running header at each new page")
    parser.add_argument("--first-page", type=int, default=1)
    args = parser.parse_args()
    with open(args.source, encoding="utf-8") as f:
        text = f.read()
    head = text.splitlines()[: args.header_lines]
    body = "\n".join(text.splitlines()[args.header_lines:])
    paragraphs = [p for p in re.split(r"\n\s*\n", body) if p.strip()]
    out = [h for h in head if h.strip()]
    page, count = args.first_page, len(out)
    for paragraph in paragraphs:
        for line in wrap(" ".join(paragraph.split()), args.width):
            if count >= args.page:
                out.append(str(page))
                page += 1
                if args.running:
                    out.append(args.running)
                count = 1
            out.append(line)
            count += 1
    out.append(str(page))
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
