#!/usr/bin/env python3
"""For each `normalize` item, tells whether eSpeak NG already reads the written form the way
one of its `say` forms is read (same phonemes, `espeak-ng -q -x`). Such a written form is an
acceptable reading too ("digits count where eSpeak NG reads them right"); with --apply it is
added to the item's `say` list. Annotators run it after writing `say` forms by hand.

    tools/espeak_reads.py [--apply] [DOC.json ...]
"""

import glob
import json
import os
import re
import subprocess
import sys

VOICES = {}
UNCHECKED = {"zh", "cmn"}  # eSpeak's cmn voice misreads Han text (engine facts); not judged


def phonemes(text, voice):
    out = subprocess.run(["espeak-ng", "-q", "-x", "-v", voice, text], capture_output=True,
                         text=True, check=True).stdout
    # Secondary stress, pause marks and word boundaries differ between a written form and
    # its spelled-out words without changing much of what is heard; the sounds and the
    # primary stresses must match.
    return re.sub(r"[\s_,:!]+", "", out)


def main(argv):
    apply = "--apply" in argv
    paths = [a for a in argv if not a.startswith("--")]
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    paths = paths or sorted(glob.glob(os.path.join(here, "*.json")))
    for path in paths:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
        if doc["language"] in UNCHECKED:
            continue
        voice = VOICES.get(doc["language"], doc["language"])
        changed = False
        for item in doc.get("normalize") or []:
            if item["text"] in item["say"] or "- " in item["text"]:
                continue  # a word hyphenated across lines is a layout matter, never accepted
            written = phonemes(item["text"], voice)
            same = [s for s in item["say"] if phonemes(s, voice) in written]
            verdict = "reads it right" if same else "reads it wrong"
            print(f"{os.path.basename(path)}: {item['text']!r}: eSpeak {verdict}: {written}")
            if same and apply:
                item["say"].append(item["text"])
                changed = True
        if changed:
            with open(path, "w", encoding="utf-8") as f:
                json.dump(doc, f, ensure_ascii=False, indent=2)
                f.write("\n")


if __name__ == "__main__":
    main(sys.argv[1:])
