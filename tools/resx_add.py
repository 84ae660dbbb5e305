#!/usr/bin/env python3
"""Adds (or replaces) a string in a .resx triple: tools/resx_add.py Base.resx-path-without-ext key en zh ru"""
import sys
from xml.sax.saxutils import escape


def add(base, key, en, zh, ru):
    for suffix, text in (("", en), (".zh-Hans", zh), (".ru", ru)):
        path = f"{base}{suffix}.resx"
        s = open(path, encoding="utf-8").read()
        entry = f'  <data name="{escape(key, {chr(34): "&quot;"})}" xml:space="preserve">\n    <value>{escape(text)}</value>\n  </data>\n'
        start = s.find(f'<data name="{key}"')
        if start >= 0:
            line_start = s.rfind("\n", 0, start) + 1
            end = s.find("</data>", start) + len("</data>\n")
            s = s[:line_start] + entry + s[end:]
        else:
            i = s.rfind("</root>")
            s = s[:i] + entry + s[i:]
        open(path, "w", encoding="utf-8").write(s)


if __name__ == "__main__":
    add(*sys.argv[1:6])
