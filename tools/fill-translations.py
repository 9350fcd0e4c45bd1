#!/usr/bin/env python3
"""Fill unfinished messages of a .ts file from a tab-separated list of translations.

    tools/fill-translations.py translations/zhitongche_zh_CN.ts translations/zh_CN-new.tsv

Each line of the list is `context<TAB>source<TAB>translation`; a context of `*` matches any
context. Sources and translations are written as they appear on screen: `\\n` stands for a line
break. A numerus message (one using %n) gets the translation as its only form, which is right for
Chinese. Finished messages are never touched; messages the list does not name stay unfinished
and are printed, so a run tells what is still missing. The file is edited as text, keeping
lupdate's layout.
"""

import html
import pathlib
import re
import sys

CONTEXT = re.compile(r"<context>\s*<name>(.*?)</name>(.*?)</context>", re.S)
MESSAGE = re.compile(r"<message( numerus=\"yes\")?>(.*?)</message>", re.S)
SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
UNFINISHED = re.compile(r'<translation type="unfinished"(?:/>|>.*?</translation>)', re.S)


def escape(text: str) -> str:
    return html.escape(text, quote=False).replace('"', "&quot;").replace("'", "&apos;")


def main() -> int:
    ts_path = pathlib.Path(sys.argv[1])
    table = {}
    for line in pathlib.Path(sys.argv[2]).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        context, source, translation = line.split("\t")
        table[(context, source.replace("\\n", "\n"))] = translation.replace("\\n", "\n")

    missing = []

    def fill_context(match):
        name = html.unescape(match.group(1))

        def fill_message(m):
            body = m.group(2)
            if not UNFINISHED.search(body):
                return m.group(0)
            source = html.unescape(SOURCE.search(body).group(1))
            translation = table.get((name, source), table.get(("*", source)))
            if translation is None:
                missing.append((name, source))
                return m.group(0)
            if m.group(1):
                new = "<translation>\n            <numerusform>%s</numerusform>\n        </translation>" % escape(translation)
            else:
                new = "<translation>%s</translation>" % escape(translation)
            return m.group(0).replace(UNFINISHED.search(body).group(0), new, 1)

        return match.group(0)[: match.start(2) - match.start(0)] + MESSAGE.sub(fill_message, match.group(2)) + "</context>"

    text = ts_path.read_text(encoding="utf-8")
    text = CONTEXT.sub(fill_context, text)
    ts_path.write_text(text, encoding="utf-8")
    for name, source in missing:
        print(f"{name}\t{source}")
    print(f"{len(missing)} message(s) still unfinished", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
