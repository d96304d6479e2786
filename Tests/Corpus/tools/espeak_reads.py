#!/usr/bin/env python3
"""For each `normalize` item, tells whether eSpeak NG already reads the written form the way
one of its `say` forms is read (the same sounds, `espeak-ng -q -x`). Such a written form is an
acceptable reading too ("digits count where eSpeak NG reads them right"); with --apply it is
added to the item's `say` list. `scripts/evaluate` applies the same rule to what a plan
speaks (`reads_as`), so an item is not missed because this was not run.

    tools/espeak_reads.py [--apply] [DOC.json ...]
"""

import functools
import glob
import json
import os
import re
import subprocess
import sys

# Lectern reads Han text with this voice: the `cmn` voice reads it as English (engine facts).
VOICES = {"zh": "sit/cmn-Latn-pinyin", "cmn": "sit/cmn-Latn-pinyin"}

# Stress, syllable and word boundaries (- _ |), pauses and length differ between eSpeak's
# number words and the same words written out (it stresses "ciento sesenta" by its number
# rules) without changing the sounds: they are dropped before comparing.
_MARKS = re.compile(r"[\s_,:!'|-]+")

# Spellings of one sound that differ only by how eSpeak reached it, per language: its
# number words come from its dictionary, words written out from its spelling rules.
_FOLDS = {
    # "I2" and "o@" are the number dictionary's variants of "I" and "O@" ("eleven", "forty");
    # inside a number it says "and" weak ("@n": "one hundred and seventeen", "two thousand
    # and thirty"), the word written out strong ("and"): one word.
    "en": (("I2", "I"), ("o@", "O@"), ("and", "@n")),
    # b d g are spirants (B D G) after a vowel; the number dictionary writes the mid vowels
    # open (E O) and diphthong glides as I U: one phoneme each in Spanish.
    "es": (("B", "b"), ("D", "d"), ("G", "g"), ("E", "e"), ("O", "o"), ("I", "i"), ("U", "u")),
    # Voicing assimilates: "д" before "ц" is said [t] ("тридцать"), as the dictionary writes.
    "ru": (("dts", "tts"),),
}


@functools.lru_cache(maxsize=None)
def phonemes(text, voice):
    out = subprocess.run(["espeak-ng", "-q", "-x", "-v", voice, text], capture_output=True,
                         text=True, check=True).stdout
    return out


@functools.lru_cache(maxsize=None)
def sounds(text, language):
    """What eSpeak NG says for `text` in `language`, as phonemes without the marks above."""
    folded = _MARKS.sub("", phonemes(text, VOICES.get(language, language)))
    for spelling, sound in _FOLDS.get(language, ()):
        folded = folded.replace(spelling, sound)
    return folded


def reads_as(spoken, say, language):
    """Whether eSpeak NG, reading `spoken`, says `say` somewhere in it. Unreliable for
    Arabic: eSpeak reads unvocalized number words without their vowels, so a `say` form
    written in words never matches the digits it reads right (the rule then says no)."""
    wanted = sounds(say, language)
    return bool(wanted) and wanted in sounds(spoken, language)


def main(argv):
    apply = "--apply" in argv
    paths = [a for a in argv if not a.startswith("--")]
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    paths = paths or sorted(glob.glob(os.path.join(here, "*.json")))
    for path in paths:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
        language = doc["language"]
        changed = False
        for item in doc.get("normalize") or []:
            if item["text"] in item["say"] or "- " in item["text"]:
                continue  # a word hyphenated across lines is a layout matter, never accepted
            same = [s for s in item["say"] if reads_as(item["text"], s, language)]
            verdict = "reads it right" if same else "reads it wrong"
            written = sounds(item["text"], language)
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
