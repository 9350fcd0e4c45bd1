#!/usr/bin/env python3
"""Mark every message of the English .ts file as translated, with its source text.

English is the source language of all strings, so the English translation of a message is its
source text. Qt would show the source anyway when a translation is missing, but lupdate leaves
each new message as type="unfinished" and the file would never look complete. Run this after
`ninja update_translations`:

    tools/fill-english-ts.py [translations/zhitongche_en.ts]

For each message whose translation is unfinished, the translation becomes the source text and
the type="unfinished" mark is removed. Numerus messages keep the number of <numerusform>
elements lupdate wrote for English (two: singular and plural): the source without "(s)" and the
source with "(s)" made "s".
Finished translations, and vanished or obsolete ones, are left alone. The file is edited as
text, so lupdate's layout and escaping stay as they are.
"""

import pathlib
import re
import sys

DEFAULT = pathlib.Path(__file__).resolve().parent.parent / "translations" / "zhitongche_en.ts"

MESSAGE = re.compile(r"<message(?: [^>]*)?>.*?</message>", re.S)
SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
UNFINISHED = re.compile(r'<translation type="unfinished"(?:/>|>(.*?)</translation>)', re.S)
NUMERUSFORM = re.compile(r"<numerusform>.*?</numerusform>|<numerusform/>", re.S)


def fill(message: str) -> str:
    source = SOURCE.search(message)
    unfinished = UNFINISHED.search(message)
    if not source or not unfinished:
        return message
    text = source.group(1)  # already escaped the way lupdate writes it
    body = unfinished.group(1) or ""
    if 'numerus="yes"' in message:
        forms = len(NUMERUSFORM.findall(body)) or 2
        # English has a singular and a plural: "%n case(s)" becomes "%n case" and "%n cases",
        # "%n reminder(s) recorded" likewise; a source without "(s)" is used as it is.
        variants = [text.replace("(s)", ""), text.replace("(s)", "s")]
        inner = "".join("\n            <numerusform>%s</numerusform>" % variants[min(i, 1)] for i in range(forms))
        translation = "<translation>%s\n        </translation>" % inner
    else:
        translation = "<translation>%s</translation>" % text
    return message[: unfinished.start()] + translation + message[unfinished.end():]


def main() -> int:
    path = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    text = path.read_text(encoding="utf-8")
    filled = 0

    def replace(match: re.Match) -> str:
        nonlocal filled
        new = fill(match.group(0))
        filled += new != match.group(0)
        return new

    text = MESSAGE.sub(replace, text)
    path.write_text(text, encoding="utf-8")
    left = text.count('type="unfinished"')
    print("%s: %d message(s) filled with their source text, %d unfinished left" % (path, filled, left))
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main())
