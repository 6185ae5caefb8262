"""Writes src/engine/html/named-references.json: the HTML standard's named character references.

Python's html.entities.html5 is that table. Names are stored without their ';'; `legacy` lists
the few that the standard also recognises without one (&amp, &nbsp, ...). Run: python3 scripts/named-references.py
"""
import html.entities
import json
import pathlib

table = html.entities.html5
names = {name[:-1]: value for name, value in sorted(table.items()) if name.endswith(';')}
legacy = [name for name in sorted(table) if not name.endswith(';')]
out = pathlib.Path(__file__).parent.parent / 'src/engine/html/named-references.json'
out.write_text(
    json.dumps({'names': names, 'legacy': ' '.join(legacy)}, ensure_ascii=False, separators=(',', ':'))
    + '\n'
)
