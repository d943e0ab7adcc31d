"""Drum classes from names: "BassDrum_02", "c3 - bass drum 1" and a file in a "Kicks" folder all read as a kick.

A name's words are matched against `KEYWORDS`, class by class in its order; a name that names no class gives None,
and the caller decides what that means (the data set builder skips such a sound as "unlabelled").
"""

import re

# Words and phrases that name each class, matched against whole words of a name ("BassDrum", "bass_drum" and
# "Bass Drum" all read as "bass drum"). Labels are tried in this order, so "Ride Bell" is a cymbal and
# "Snare Rimshot" a snare. Cymbals are a class of their own so that they stay out of the hi-hat and percussion
# sets; toms, claps, rim clicks and side sticks count as percussion.
KEYWORDS = {
    "kick": ("kick", "kickdrum", "kicks", "bd", "bass drum", "bassdrum"),
    "snare": ("snare", "snares", "sd", "sn", "rimshot"),
    "hihat": ("hihat", "hihats", "hi hat", "hat", "hats", "hh", "chh", "ohh", "phh"),
    "cymbal": ("cymbal", "cymbals", "crash", "ride", "china", "splash"),
    "perc": ("perc", "percussion", "tom", "toms", "clap", "claps", "handclap", "snap", "snaps", "fingersnap",
             "conga", "congas", "bongo", "bongos", "shaker", "tamb", "tambourine", "cowbell", "agogo", "clave",
             "claves", "woodblock", "maraca", "maracas", "cabasa", "guiro", "cajon", "djembe", "dunun",
             "dununba", "sangban", "kenkeni", "timbale", "timbales", "rim", "stick", "sidestick"),
}
LABELS = tuple(KEYWORDS)


def words(name: str) -> list[str]:
    """Lower-case words of a name, splitting camelCase, digits and punctuation: "HiHat_02" -> ["hi", "hat"]."""
    return re.findall(r"[a-z]+", re.sub(r"([a-z])([A-Z])", r"\1 \2", name).lower())


def label_for(*names: str) -> str | None:
    """The class named by the first of `names` that names one (see `KEYWORDS`), or None."""
    for name in names:
        text = f" {' '.join(words(name))} "
        for label, keywords in KEYWORDS.items():
            if any(f" {keyword} " in text for keyword in keywords):
                return label
    return None
