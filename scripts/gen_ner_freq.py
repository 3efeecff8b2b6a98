#!/usr/bin/env python3
"""Generate ontology/ner/ar.freq: how common each Arabic word is, for the name tagger.

Source: the Arabic "large" word list of wordfreq (PyPI, code Apache-2.0, data CC BY-SA 4.0,
Robyn Speer et al.; frequencies from Wikipedia, news, subtitles, web text and Twitter).
Each word is reduced to newsgraph's matching key (src/text/normalize.rs: harakat and tatweel
dropped, alef forms -> ا, ة -> ه, ى/ئ -> ي); the frequencies of words with the same key are
summed. Only keys made of Arabic letters are kept.

Output (little-endian), no text: magic ``NGFRQ01\\n``; count ``u32``; the keys' ids
(``fold(fnv1a("freq", key))`` as in src/extract/ner/features.rs) ascending, each as the LEB128
varint of its difference from the previous id (the first from 0); then one ``u8`` per key,
``round(20 * zipf)`` where zipf = log10(frequency per billion words).

Usage: python3 scripts/gen_ner_freq.py [OUT]   (default ontology/ner/ar.freq; needs
``pip install -r scripts/requirements-ner.txt``). The output is deterministic.
"""

import math
import sys
import unicodedata

import wordfreq

ALEF = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ۀ": "ه", "ہ": "ه",
        "ى": "ي", "ی": "ي", "ې": "ي", "ئ": "ي", "ک": "ك"}


def ignorable(c):
    o = ord(c)
    return (0x064B <= o <= 0x065F or o == 0x0670 or 0x06D6 <= o <= 0x06ED or o == 0x0640
            or 0x200B <= o <= 0x200F or 0x202A <= o <= 0x202E or 0x2066 <= o <= 0x2069
            or o == 0xFEFF or c in "'\u2019\u2018\u02bc\u02bf\u02be`\u00ad")


def key(word):
    """normalize::key for Arabic-script words (other words are dropped by the caller)."""
    out = []
    for c in word:
        if ignorable(c):
            continue
        o = ord(c)
        if c in ALEF:
            out.append(ALEF[c])
        elif 0xFB50 <= o <= 0xFEFC:
            d = unicodedata.normalize("NFKC", c)
            out.append(c if d == c else key(d))
        else:
            out.append(c)
    return "".join(out)


def fnv(template, value):
    h = 0xCBF29CE484222325
    p = 0x100000001B3
    m = (1 << 64) - 1
    for b in template.encode():
        h = ((h ^ b) * p) & m
    h = ((h ^ 0xFF) * p) & m
    for b in value.encode():
        h = ((h ^ b) * p) & m
    return h


def fold(h):
    return (h ^ (h >> 32)) & 0xFFFFFFFF


def varint(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else "ontology/ner/ar.freq"
    freq = {}
    for word, f in wordfreq.get_frequency_dict("ar", wordlist="large").items():
        k = key(word)
        if k and all(0x0621 <= ord(c) <= 0x064A for c in k):
            freq[k] = freq.get(k, 0.0) + f
    rows = {}
    for k, f in freq.items():
        code = max(1, min(255, round(20 * (math.log10(f) + 9))))
        i = fold(fnv("freq", k))
        # Two keys on one id (rare): the commoner wins.
        rows[i] = max(rows.get(i, 0), code)
    ids = sorted(rows)
    data = bytearray(b"NGFRQ01\n")
    data += len(ids).to_bytes(4, "little")
    last = 0
    for i in ids:
        data += varint(i - last)
        last = i
    data += bytes(rows[i] for i in ids)
    with open(out_path, "wb") as fh:
        fh.write(data)
    print(f"{out_path}: {len(ids)} keys, {len(data)} bytes")


if __name__ == "__main__":
    main()
