"""A sample's recipe: everything that decides how it sounds on a given model, resolved in one place from what a
request says, its pad preset's defaults and the library's, and recorded with the sample (the WAV's metadata, the
output folder's index) so that it can be made again. `padfusion generate` and the daemon both make samples
from recipes."""

from dataclasses import dataclass, replace

from padfusion.model import knobs as knob_table
from padfusion.model import params


@dataclass(frozen=True)
class Recipe:
    seed: int
    steps: int
    sampler: str
    colour_spread: float = params.COLOUR_SPREAD  # applies to models trained with coloured noise
    strength: float | None = None  # from a source sound: how far from it (a variation's sigma, or style's noise)
    source: str | None = None  # the source sound, as the request named it
    style: bool = False  # the source taken as the sigma = 1 start (tiny-audio-diffusion's "style transfer")
    instrument: str | None = None  # what the pad plays (params.INSTRUMENTS): its knobs and clean-up follow from it
    knobs: tuple[tuple[str, float], ...] = ()  # the knobs set (model.knobs.check_knobs); the others are free
    key: str | None = None  # the song's key: tonal samples are tuned to its root (model.knobs.check_key)

    def options(self) -> dict:
        """What Pipeline.generate and generate_each take from it (besides the seeds and the source's audio)."""
        return {"steps": self.steps, "sampler": self.sampler, "colour_spread": self.colour_spread,
                "strength": self.strength, "style": self.style, "instrument": self.instrument, "knobs": self.knobs,
                "key": self.key}

    def record(self, model: str, coloured: bool, **extra) -> dict:
        """The sample's record, for its WAV's metadata and its index line: the recipe (the colour spread only
        where the model is `coloured`, having colours to spread), the model, and `extra`."""
        record = {"seed": self.seed, "steps": self.steps, "sampler": self.sampler}
        if coloured:
            record["colour_spread"] = self.colour_spread
        record["model"] = model
        if self.instrument is not None:
            record["instrument"] = self.instrument
        if self.knobs:
            record["knobs"] = dict(self.knobs)
        if self.key is not None:
            record["key"] = self.key
        if self.source is not None:
            record |= {"style" if self.style else "variation_of": self.source, "strength": self.strength}
        return record | extra

    @classmethod
    def from_record(cls, record: dict) -> "Recipe":
        """The recipe a sample's record names (the inverse of `record`), each value checked (model.params,
        model.knobs); a value the record lacks takes the library's default. ValueError if one is bad."""
        source = record.get("style", record.get("variation_of"))
        return resolve(seed=params.check_seed(record.get("seed")), steps=record.get("steps"),
                       sampler=record.get("sampler"), colour_spread=record.get("colour_spread"),
                       strength=record.get("strength"), source=source, style="style" in record,
                       instrument=record.get("instrument"), knobs=record.get("knobs"), key=record.get("key"))

    def same_sound_as(self, other: "Recipe") -> bool:
        """Whether the two make the same sound but for the seed: a pooled sample may answer a request only then."""
        return self == replace(other, seed=self.seed)


def resolve(defaults=None, *, seed: int | None = None, steps: int | None = None, sampler: str | None = None,
            colour_spread: float | None = None, strength: float | None = None, source: str | None = None,
            style: bool = False, instrument: str | None = None, knobs=None, key: str | None = None) -> Recipe:
    """A request's recipe, each value checked (model.params, model.knobs): its own where it gives one, else
    `defaults`' (a pad preset: sampler, steps, colour_spread, strength, instrument, knobs, key), else the
    library's. A seed of None or -1 is a fresh one. `strength` only counts with a `source`. `knobs` (name ->
    value, None to free a knob the preset sets) add to the preset's; a `key` of "" means none, whatever the
    preset's."""
    sampler = params.check_sampler(sampler or getattr(defaults, "sampler", None) or params.DEFAULT_SAMPLER)
    steps = params.check_steps(steps or getattr(defaults, "steps", None) or params.DEFAULT_STEPS[sampler])
    if colour_spread is None:
        colour_spread = getattr(defaults, "colour_spread", params.COLOUR_SPREAD)
    if source is None:
        strength, style = None, False
    elif style:
        strength = params.check_style_noise(params.STYLE_NOISE if strength is None else strength)
    else:
        strength = params.check_strength(strength or getattr(defaults, "strength", params.VARIATION_STRENGTH))
    instrument = params.check_instrument(instrument or getattr(defaults, "instrument", None))
    settings = dict(getattr(defaults, "knobs", None) or {}) | dict(knobs or {})
    if key is None:
        key = getattr(defaults, "key", None)
    return Recipe(seed=params.fresh_seed() if seed in (None, -1) else params.check_seed(seed), steps=steps,
                  sampler=sampler, colour_spread=params.check_colour_spread(colour_spread), strength=strength,
                  source=source, style=style, instrument=instrument,
                  knobs=knob_table.check_knobs(instrument, settings), key=knob_table.check_key(key))
