"""PadFusion.maxpat, written from this description by `python -m padfusion.max_for_live.build`.

The device repeats one pad four times (kick, snare, hi-hat, perc), each with about forty objects; a
description in code keeps the four alike, names every box after what it does, and lets the tests read
the same names. Edit here, not in Max: a build overwrites PadFusion.maxpat.

Signal flow of a pad (all in the patcher, on Max's scheduler thread, so notes play on time):

    note-on -> [== note] -> [sel 1] -> [i velocity] -> [t i b b b]
        3rd bang: [gate] (open when the pad's Choke is on) -> [pad( -> [s ---choke]
        2nd bang: fade both voices out in 5 ms (the click-free retrigger)
        1st bang: [counter 1 2] picks the voice that starts
        velocity: [/ 127.] -> [pack f <decay>] -> [$1 0 $1 $2 0 20( -> [gate 2] -> the voice's envelope
    voice a|b: [t l b] -> [0( to [groove~ ---pad 2] (rewind) and the envelope to [line~]; its two channels
        times the envelope, into the pad's [*~] left and right, whose gains ([line~]) are volume and pan
    [r ---choke] -> [route pad] -> other pads' names -> [gate] (open when Choke is on) -> fade both voices

padfusion.js sets everything else through `[route <pads> output connection] -> [route fade buffer ...]`.
"""

from padfusion.bridge import protocol
from padfusion.bridge.presets import DEFAULT_PRESETS, GM_NOTES
from padfusion.model import params
from padfusion.model.knobs import KNOBS, NOTE_NAMES

TITLES = {"kick": "Kick", "snare": "Snare", "hihat": "Hi-hat", "perc": "Perc"}
PADS = tuple((pad, TITLES[pad], GM_NOTES[pad]) for pad in DEFAULT_PRESETS)  # (name, title, MIDI note)
FONT = "Ableton Sans Medium"  # Live's own font, for the text Max draws itself (live.* objects use it anyway)
FONT_SIZE = 9.0
HEIGHT = 169                  # every Live device is 169 pixels high
# The longest a pad can sound: a whole sample (32768 frames at 44.1 kHz) tuned down two octaves.
DECAY_MS = 3000
# What padfusion.js says to a pad, through its [route]: each word an outlet.
CONTROL = ("fade", "buffer", "note", "gains", "rate", "decay", "choke", "seed", "store", "state", "hit")
COLUMN = 136                  # presentation width of one pad
MARGIN = 8
SETTINGS_X = MARGIN + 4 * COLUMN
WIDTH = SETTINGS_X + 96 + MARGIN

AUTOMATED, STORED_ONLY, HIDDEN = 0, 1, 2           # parameter_invisible
FLOAT, INT, ENUM, BLOB = 0, 1, 2, 3                # parameter_type
UNIT_INT, UNIT_TIME, UNIT_HZ, UNIT_DB, UNIT_PERCENT, UNIT_PAN, UNIT_SEMITONES = 0, 2, 3, 4, 5, 6, 7  # unitstyle
# A knob's dial, by the knob's unit: its unit style and the factor from the dial's value to the knob's unit (Live
# shows times in ms; the knobs take seconds).
KNOB_UNITS = {"Hz": (UNIT_HZ, 1.0), "s": (UNIT_TIME, 0.001), "dB": (UNIT_DB, 1.0)}
KEYS = ("Off", "Song", *NOTE_NAMES)  # the Key menu: none, Live's song root (Live 12), or a pitch class
MOD_NONE, MOD_BIPOLAR, MOD_ABSOLUTE = 0, 2, 4      # parameter_modmode

# newobj classes: (inlets, outlet types)
OBJECTS = {
    "live.thisdevice": (1, ["bang", "int", "int"]), "udpreceive": (1, [""]), "udpsend": (1, []),
    "deferlow": (1, [""]), "prepend": (1, [""]), "midiin": (1, ["int"]),
    "midiparse": (1, ["", "", "", "int", "int", "", "int", ""]), "stripnote": (2, ["int", "int"]),
    "line~": (2, ["signal", "bang"]), "*~": (2, ["signal"]), "plugout~": (2, ["signal", "signal"]),
    "==": (2, ["int"]), "sel": (2, ["bang", ""]), "i": (2, ["int"]), "/": (2, ["float"]),
    "pack": (2, [""]), "gate": (2, [""]), "counter": (4, ["int", "", "", "int"]),
    "groove~": (3, ["signal", "signal", "signal"]), "sig~": (1, ["signal"]), "buffer~": (1, ["float", "bang"]),
    "loadmess": (1, [""]), "r": (1, [""]), "s": (1, []), "unpack": (1, ["float", "float"]),
    "pattr": (1, ["", "", ""]), "conformpath": (1, ["", "int"]), "thispatcher": (1, ["", ""]),
    "!-": (2, ["int"]),
}
UI = {"number": (1, ["", "bang"]), "textedit": (1, ["", "int", "", "bang"]), "live.drop": (1, ["", ""])}


class Patcher:
    def __init__(self):
        self.boxes: list[dict] = []
        self.lines: list[tuple] = []
        self.parameters: dict[str, tuple[str, str]] = {}  # id -> (long name, short name)

    def add(self, id_: str, maxclass: str, at: tuple, inlets: int, outlettype: list, **attributes) -> str:
        box = {"id": id_, "maxclass": maxclass, "numinlets": inlets, "numoutlets": len(outlettype),
               "patching_rect": [at[0], at[1], at[2] if len(at) > 2 else 100, at[3] if len(at) > 3 else 22]}
        if outlettype:
            box["outlettype"] = outlettype
        self.boxes.append(box | attributes)
        return id_

    def obj(self, id_: str, text: str, at: tuple, **attributes) -> str:
        words = text.split()
        name = words[0]
        if name == "route":
            inlets, outlettype = len(words), [""] * len(words)
        elif name == "t":
            inlets, outlettype = 1, [{"b": "bang", "i": "int", "l": "", "f": "float"}[w] for w in words[1:]]
        elif name == "gate" and len(words) > 1:
            inlets, outlettype = 2, [""] * int(words[1])
        else:
            inlets, outlettype = OBJECTS[name]
        return self.add(id_, "newobj", at, inlets, list(outlettype), text=text, **attributes)

    def js(self, id_: str, script: str, inlets: int, outlets: int, at: tuple) -> str:
        return self.add(id_, "newobj", at, inlets, [""] * outlets, text=f"js {script}",
                        saved_object_attributes={"filename": script, "parameter_enable": 0})

    def message(self, id_: str, text: str, at: tuple) -> str:
        return self.add(id_, "message", at, 2, [""], text=text)

    def comment(self, id_: str, text: str, at: tuple, shown: list, info: str) -> str:
        return self.add(id_, "live.comment", at, 1, [], text=text, textjustification=0, fontname=FONT,
                        fontsize=FONT_SIZE, presentation=1, presentation_rect=shown, annotation=info)

    def parameter(self, id_: str, maxclass: str, at: tuple, shown: list, names: tuple[str, str], info: str,
                  visibility: int, values: dict, **attributes) -> str:
        """A live.* control: a Live parameter with long and short names, Info title and text."""
        longname, shortname = names
        outlettype = {"live.text": ["", ""], "live.dial": ["", "float"], "live.numbox": ["", "float"],
                      "live.menu": ["", "", "float"]}[maxclass]
        self.parameters[id_] = names
        return self.add(id_, maxclass, at, 1, outlettype, parameter_enable=1, presentation=1,
                        presentation_rect=shown, annotation=info, annotation_name=longname, varname=id_,
                        saved_attribute_attributes={"valueof": {
                            "parameter_annotation_name": longname, "parameter_invisible": visibility,
                            "parameter_longname": longname, "parameter_shortname": shortname, **values}},
                        **attributes)

    def connect(self, source: str, outlet: int, destination: str, inlet: int = 0) -> None:
        self.lines.append((source, outlet, destination, inlet))


def dial(low, high, initial, unit, **more) -> dict:
    return {"parameter_type": FLOAT, "parameter_mmin": float(low), "parameter_mmax": float(high),
            "parameter_initial": [float(initial)], "parameter_initial_enable": 1, "parameter_unitstyle": unit,
            "parameter_modmode": MOD_BIPOLAR, **more}


def switch(labels) -> dict:
    return {"parameter_type": ENUM, "parameter_enum": list(labels), "parameter_mmax": float(len(labels) - 1),
            "parameter_modmode": MOD_ABSOLUTE}


def build_device(p: Patcher) -> None:
    """The parts every pad shares: the device, the daemon's link, MIDI in, the output, the settings."""
    p.obj("thisdevice", "live.thisdevice", (40, 20, 90))
    p.message("init", "init", (40, 50, 32))
    p.js("logic", "padfusion.js", 1, 5, (40, 200, 520))
    p.connect("thisdevice", 0, "init")
    p.connect("init", 0, "logic")

    # The daemon: requests out, replies in on the reply port, and a probe of that port.
    p.obj("udpsend", f"udpsend {protocol.DEFAULT_HOST} {protocol.DEFAULT_OSC_PORT}", (40, 240, 140))
    p.obj("udpreceive", f"udpreceive {protocol.DEFAULT_REPLY_PORT}", (160, 20, 100))
    p.obj("network", "route daemon reply probe", (200, 240, 140))
    p.obj("probe", f"udpsend {protocol.DEFAULT_HOST} {protocol.DEFAULT_REPLY_PORT}", (320, 270, 140))
    p.connect("logic", 0, "udpsend")
    p.connect("udpreceive", 0, "logic")
    p.connect("logic", 4, "network")
    p.connect("network", 0, "udpsend")
    p.connect("network", 1, "udpreceive")
    p.connect("network", 2, "probe")

    p.obj("defer", "deferlow", (480, 240, 60))
    p.js("simpler", "liveapi_sampler.js", 1, 1, (480, 270, 130))
    p.connect("logic", 3, "defer")
    p.connect("defer", 0, "simpler")
    p.connect("simpler", 0, "logic")

    # The texts: the status line, its Info View text (the long story), the reply port in use.
    p.obj("texts", "route status info port", (40, 270, 160))
    p.connect("logic", 1, "texts")
    p.comment("status", "connecting...", (40, 300, 400, 18), [MARGIN, 148, WIDTH - 2 * MARGIN, 18],
              "What PadFusion is doing: the connection to the daemon and the time the last sample took; the details "
              "(why a pad is missing its sample, the daemon's errors) are here, in the Info View.")
    p.obj("status-set", "prepend set", (40, 330, 70))
    p.obj("status-info", "prepend sendbox annotation", (120, 330, 150))  # a box attribute: set through sendbox
    p.connect("texts", 0, "status-set")
    p.connect("status-set", 0, "status")
    p.connect("texts", 1, "status-info")
    p.connect("status-info", 0, "status")

    # MIDI in, the players' messages, the output (muted in Simpler mode).
    p.obj("midiin", "midiin", (40, 360, 46))
    p.obj("midiparse", "midiparse", (40, 390, 90))
    p.obj("stripnote", "stripnote", (40, 420, 60))
    p.connect("midiin", 0, "midiparse")
    p.connect("midiparse", 0, "stripnote")
    p.obj("players", "route " + " ".join(pad for pad, _, _ in PADS) + " output connection", (40, 330, 520))
    p.connect("logic", 2, "players")
    p.obj("output-gain", "line~", (40, 1400, 40))
    p.obj("output-left", "*~", (40, 1440, 40))
    p.obj("output-right", "*~", (100, 1440, 40))
    p.obj("plugout", "plugout~", (40, 1480, 60))
    p.connect("players", len(PADS), "output-gain")
    p.connect("output-gain", 0, "output-left", 1)
    p.connect("output-gain", 0, "output-right", 1)
    p.connect("output-left", 0, "plugout", 0)
    p.connect("output-right", 0, "plugout", 1)

    # The settings column.
    x = SETTINGS_X
    p.parameter("connection", "live.text", (600, 20, 96, 16), [x, 4, 96, 16], ("Daemon Connection", "Daemon"),
                "Lit while the PadFusion daemon answers. Dark: start it with `padfusion serve`, or check the "
                "ports below.", HIDDEN, switch(["off", "on"]), mode=1, ignoreclick=1, text="Daemon",
                texton="Daemon")
    p.message("connection-set", "set $1", (600, 0, 50))
    p.connect("players", len(PADS) + 1, "connection-set")
    p.connect("connection-set", 0, "connection")
    settings = (
        ("steps", "live.dial", [x, 22, 44, 44], ("Steps", "Steps"),
         "Sampler steps for New: more steps, finer detail, slower. 0 uses the pad's default from the daemon's "
         "preset.", AUTOMATED,
         {"parameter_type": INT, "parameter_mmin": 0.0, "parameter_mmax": 100.0, "parameter_initial": [0.0],
          "parameter_initial_enable": 1, "parameter_unitstyle": UNIT_INT, "parameter_modmode": MOD_ABSOLUTE}, {}),
        ("strength", "live.dial", [x + 52, 22, 44, 44], ("Variation Strength", "Variation"),
         "How far a variation strays from the current sample: low values keep its character, 100 % is a new "
         "sample.", AUTOMATED, dial(1, 100, 30, UNIT_PERCENT), {}),
        ("target", "live.text", [x, 68, 46, 16], ("Sample Target", "Target"),
         "Where new samples go. Own players: PadFusion plays them. To Simpler (Live 12.4 or later): each new "
         "sample replaces the one in the Simpler on the matching pad of the first Drum Rack on this track, and "
         "PadFusion's own output is muted.", AUTOMATED, switch(["Own players", "To Simpler"]),
         {"mode": 1, "text": "Players", "texton": "Simpler"}),
        ("key", "live.menu", [x + 50, 68, 46, 16], ("Song Key", "Key"),
         "The key the pads' tonal samples are tuned to (their later presses): Off for none, Song to follow Live's "
         "song root (Live 12's Scale; observed as it changes), or a pitch class set by hand (Live 11). Saved with "
         "the Live set.", STORED_ONLY, {**switch(KEYS), "parameter_modmode": MOD_NONE}, {}),
        ("take_midi", "live.text", [x, 86, 30, 16], ("Take MIDI Samples", "Take MIDI"),
         "On: this device listens on the daemon's default reply port and takes the samples made from the "
         "daemon's MIDI input and inbox too. Only one device can; off, a device takes only its own. Saved with "
         "the Live set.", STORED_ONLY, switch(["Off", "On"]), {"mode": 1, "text": "MIDI", "texton": "MIDI"}),
        ("sound", "live.text", [x + 32, 86, 32, 16], ("Show Knobs", "Knobs"),
         "Show each pad's sound knobs (pitch, decay, punch, brightness, tone, as its instrument has them) in place "
         "of its Vol, Tune, Decay and Pan dials. A knob steers what the daemon makes on the pad's later presses; "
         "at its leftmost it is free (the model's choice).", HIDDEN, switch(["Players", "Knobs"]),
         {"mode": 1, "text": "Knobs", "texton": "Knobs"}),
        ("build_rack", "live.text", [x + 66, 86, 30, 16], ("Build Drum Rack", "Build Rack"),
         "Put each pad's sample into a Simpler on the matching pad of a Drum Rack on this track: a new Drum Rack "
         "after this device where Live can make one (Live 12.3 or later), else the first Drum Rack on the track. "
         "Acts when the mouse button is released.", HIDDEN, switch(["off", "on"]),
         {"mode": 0, "outputmode": 1, "text": "Rack", "texton": "Rack"}),
        ("osc_port", "live.numbox", [x, 122, 44, 16], ("Daemon Port", "OSC Port"),
         f"The UDP port the daemon listens on (its --osc-port, {protocol.DEFAULT_OSC_PORT} unless you changed "
         "it). Saved with the Live set.", STORED_ONLY,
         dial(1024, 65535, protocol.DEFAULT_OSC_PORT, UNIT_INT, parameter_modmode=MOD_NONE), {}),
    )
    for i, (id_, maxclass, shown, names, info, visibility, values, attributes) in enumerate(settings):
        at = (700 + 110 * i, 20, shown[2], shown[3])
        p.parameter(id_, maxclass, at, shown, names, info, visibility, values, **attributes)
        if id_ != "sound":  # the view switch is the patcher's own (below)
            p.obj(f"{id_}-prepend", f"prepend {id_}", (at[0], 80, 100))
            p.connect(id_, 1 if id_ == "key" else 0, f"{id_}-prepend")  # the key by its menu item's text
            p.connect(f"{id_}-prepend", 0, "logic")

    # Knobs on: each pad's player dials hidden and its knob dials shown (build_pad wires each dial), by scripting.
    p.obj("view", "thispatcher", (1300, 140, 80))
    p.obj("sound-players", "t i", (1300, 80, 40))
    p.obj("sound-knobs", "!- 1", (1360, 80, 40))
    p.connect("sound", 0, "sound-players")
    p.connect("sound", 0, "sound-knobs")

    # The daemon's host, typed (saved with the set in a pattr, shown back in the field when the set opens).
    p.add("host", "textedit", (700, 140, 96, 16), *UI["textedit"], presentation=1,
          presentation_rect=[x, 104, 96, 16], text=protocol.DEFAULT_HOST, fontname=FONT, fontsize=FONT_SIZE,
          lines=1, keymode=1, annotation="The computer the daemon runs on: 127.0.0.1 (this one) unless it runs on "
          "another computer of the studio, whose output folder this one must then reach at the same path. Type "
          "and press Return. Saved with the Live set.", annotation_name="Daemon Host")
    p.obj("host-text", "route text", (700, 170, 60))
    p.obj("host-stored", "pattr daemon_host", (700, 200, 110), varname="daemon_host",
          saved_object_attributes={"parameter_enable": 1, "parameter_mappable": 0},
          saved_attribute_attributes={"valueof": {
              "parameter_invisible": STORED_ONLY, "parameter_longname": "Daemon Host", "parameter_shortname": "Host",
              "parameter_type": BLOB, "parameter_annotation_name": "Daemon Host"}},
          annotation="The daemon's host, saved with the Live set.")
    p.parameters["host-stored"] = ("Daemon Host", "Host")
    p.obj("host-prepend", "prepend host", (820, 200, 80))
    p.obj("host-show", "prepend set", (820, 170, 70))
    p.connect("host", 0, "host-text")
    p.connect("host-text", 0, "host-stored")
    p.connect("host-text", 1, "host-stored")  # a textedit that sends its words without the `text` selector
    p.connect("host-stored", 0, "host-prepend")
    p.connect("host-stored", 0, "host-show")
    p.connect("host-show", 0, "host")
    p.connect("host-prepend", 0, "logic")

    p.comment("port", "Reply -", (820, 110, 48, 18), [x + 48, 122, 48, 16],
              "The port this device hears the daemon's answers on: found by the device itself each time the set "
              "opens (a free one, so that every PadFusion device in a set has its own), or the daemon's default "
              f"reply port, {protocol.DEFAULT_REPLY_PORT}, with Take MIDI on.")
    p.obj("port-set", "prepend set", (820, 80, 70))
    p.connect("texts", 2, "port-set")
    p.connect("port-set", 0, "port")


def build_pad(p: Patcher, index: int, pad: str, title: str, note: int) -> None:
    x0 = MARGIN + index * COLUMN   # presentation
    px = 40 + index * 300          # patching
    name = title.lower()
    logic = "logic"

    def at(column, row, width=100, height=22):
        return (px + column, row, width, height)

    def shown_with(control, switch, row):
        """Hidden (`hidden 1`) while `switch` says 1."""
        p.message(f"{control}-view", f"script sendbox {control} hidden $1", at(200, row, 200))
        p.connect(switch, 0, f"{control}-view")
        p.connect(f"{control}-view", 0, "view")

    def to_logic(control, words, row):
        p.obj(f"{control}-prepend", f"prepend {words}", at(0, row, 200))
        p.connect(control, 0, f"{control}-prepend")
        p.connect(f"{control}-prepend", 0, logic)

    # What padfusion.js says to this pad.
    p.obj(f"{pad}-control", "route " + " ".join(CONTROL), at(0, 360, 280))
    p.connect("players", index, f"{pad}-control")

    # Trigger: a note-on on the pad's note, or a click on its waveform.
    p.obj(f"{pad}-is", f"== {note}", at(0, 460, 40))
    p.obj(f"{pad}-sel", "sel 1", at(0, 490, 40))
    p.obj(f"{pad}-velocity", "i", at(0, 520, 30))
    p.obj(f"{pad}-hit", "t i b b b", at(0, 550, 80))
    p.connect("stripnote", 0, f"{pad}-is")
    p.connect("stripnote", 1, f"{pad}-velocity", 1)
    p.connect(f"{pad}-control", CONTROL.index("note"), f"{pad}-is", 1)
    p.connect(f"{pad}-is", 0, f"{pad}-sel")
    p.connect(f"{pad}-sel", 0, f"{pad}-velocity")
    p.connect(f"{pad}-velocity", 0, f"{pad}-hit")

    # Choke: a hit on a pad in the choke group silences the group's other pads.
    p.obj(f"{pad}-choke-send-gate", "gate", at(120, 580, 40))
    p.message(f"{pad}-choke-name", pad, at(120, 610, 50))
    p.obj(f"{pad}-choke-send", "s ---choke", at(120, 640, 70))
    p.obj(f"{pad}-choke-receive", "r ---choke", at(200, 580, 70))
    p.obj(f"{pad}-choke-other", f"route {pad}", at(200, 610, 70))
    p.obj(f"{pad}-choke-receive-gate", "gate", at(200, 640, 40))
    p.obj(f"{pad}-choked", "t b", at(200, 670, 30))
    p.connect(f"{pad}-hit", 3, f"{pad}-choke-send-gate", 1)
    p.connect(f"{pad}-choke-send-gate", 0, f"{pad}-choke-name")
    p.connect(f"{pad}-choke-name", 0, f"{pad}-choke-send")
    p.connect(f"{pad}-choke-receive", 0, f"{pad}-choke-other")
    p.connect(f"{pad}-choke-other", 1, f"{pad}-choke-receive-gate", 1)
    p.connect(f"{pad}-choke-receive-gate", 0, f"{pad}-choked")
    p.connect(f"{pad}-control", CONTROL.index("choke"), f"{pad}-choke-send-gate", 0)
    p.connect(f"{pad}-control", CONTROL.index("choke"), f"{pad}-choke-receive-gate", 0)

    # Fading both voices out: before a retrigger, when choked, and before a new sample is loaded.
    p.message(f"{pad}-fade", "0 5", at(60, 700, 40))
    p.connect(f"{pad}-hit", 2, f"{pad}-fade")
    p.connect(f"{pad}-choked", 0, f"{pad}-fade")
    p.connect(f"{pad}-control", CONTROL.index("fade"), f"{pad}-fade")

    # The voice that starts, and its envelope: the velocity at once, held for the decay, then out in 20 ms.
    p.obj(f"{pad}-voice", "counter 1 2", at(60, 610, 70))
    p.obj(f"{pad}-level", "/ 127.", at(0, 610, 46))
    p.obj(f"{pad}-envelope", "pack f 1000.", at(0, 640, 70))
    p.message(f"{pad}-envelope-message", "$1 0 $1 $2 0 20", at(0, 670, 110))
    p.obj(f"{pad}-voices", "gate 2", at(0, 730, 50))
    p.connect(f"{pad}-hit", 1, f"{pad}-voice")
    p.connect(f"{pad}-voice", 0, f"{pad}-voices", 0)
    p.connect(f"{pad}-hit", 0, f"{pad}-level")
    p.connect(f"{pad}-level", 0, f"{pad}-envelope")
    p.connect(f"{pad}-control", CONTROL.index("decay"), f"{pad}-envelope", 1)
    p.connect(f"{pad}-envelope", 0, f"{pad}-envelope-message")
    p.connect(f"{pad}-envelope-message", 0, f"{pad}-voices", 1)

    # Two voices, each a groove~ on the pad's buffer~ (at the rate of the Tune dial) times its envelope.
    p.obj(f"{pad}-buffer", f"buffer~ ---{pad}", at(160, 400, 100))
    p.obj(f"{pad}-rate", "sig~ 1.", at(160, 760, 50))
    p.connect(f"{pad}-control", CONTROL.index("buffer"), f"{pad}-buffer")
    p.connect(f"{pad}-control", CONTROL.index("rate"), f"{pad}-rate")
    p.obj(f"{pad}-left", "*~", at(0, 960, 40))
    p.obj(f"{pad}-right", "*~", at(60, 960, 40))
    for v, voice in enumerate("ab"):
        vx = v * 130
        p.obj(f"{pad}-{voice}-start", "t l b", at(vx, 790, 40))
        p.message(f"{pad}-{voice}-rewind", "0", at(vx + 50, 820, 30))
        p.obj(f"{pad}-{voice}-play", f"groove~ ---{pad} 2", at(vx, 860, 110))
        p.obj(f"{pad}-{voice}-envelope", "line~", at(vx + 60, 890, 40))
        p.obj(f"{pad}-{voice}-left", "*~", at(vx, 920, 40))
        p.obj(f"{pad}-{voice}-right", "*~", at(vx + 50, 920, 40))
        p.connect(f"{pad}-voices", v, f"{pad}-{voice}-start")
        p.connect(f"{pad}-{voice}-start", 1, f"{pad}-{voice}-rewind")
        p.connect(f"{pad}-{voice}-rewind", 0, f"{pad}-{voice}-play")
        p.connect(f"{pad}-{voice}-start", 0, f"{pad}-{voice}-envelope")
        p.connect(f"{pad}-fade", 0, f"{pad}-{voice}-envelope")
        p.connect(f"{pad}-rate", 0, f"{pad}-{voice}-play")
        p.connect(f"{pad}-{voice}-play", 0, f"{pad}-{voice}-left")
        p.connect(f"{pad}-{voice}-play", 1, f"{pad}-{voice}-right")
        p.connect(f"{pad}-{voice}-envelope", 0, f"{pad}-{voice}-left", 1)
        p.connect(f"{pad}-{voice}-envelope", 0, f"{pad}-{voice}-right", 1)
        p.connect(f"{pad}-{voice}-left", 0, f"{pad}-left")
        p.connect(f"{pad}-{voice}-right", 0, f"{pad}-right")
    # The fade's end (voice a's envelope reaching its target) tells padfusion.js that a new sample can go in.
    p.message(f"{pad}-faded", f"faded {pad}", at(200, 890, 80))
    p.connect(f"{pad}-a-envelope", 1, f"{pad}-faded")
    p.connect(f"{pad}-faded", 0, logic)

    # Volume and pan, as one gain per side, smoothed so that moving the dials does not click.
    p.obj(f"{pad}-gains", "unpack f f", at(160, 880, 70))
    for side, outlet in (("left", 0), ("right", 1)):
        p.message(f"{pad}-gain-{side}-ramp", "$1 20", at(160 + 60 * outlet, 910, 40))
        p.obj(f"{pad}-gain-{side}", "line~", at(160 + 60 * outlet, 935, 40))
        p.connect(f"{pad}-gains", outlet, f"{pad}-gain-{side}-ramp")
        p.connect(f"{pad}-gain-{side}-ramp", 0, f"{pad}-gain-{side}")
        p.connect(f"{pad}-gain-{side}", 0, f"{pad}-{side}", 1)
        p.connect(f"{pad}-{side}", 0, f"output-{side}")
    p.connect(f"{pad}-control", CONTROL.index("gains"), f"{pad}-gains")

    # The pad's face: name, waveform (click it to hear the pad), buttons, seed, choke, dials.
    p.comment(f"{pad}-name", title, at(0, 1000, 80, 18), [x0, 2, 56, 16],
              f"The {name} pad, played by MIDI note {note} until the daemon's preset says otherwise.")
    p.comment(f"{pad}-state", "empty", at(90, 1000, 70, 18), [x0 + 56, 2, 72, 16],
              f"The {name} pad's state: empty (no sample yet), idle, making (the daemon is at work), missing (the "
              "set's file is not on this computer) or error. The status line's Info View says why.")
    p.obj(f"{pad}-state-set", "prepend set", at(90, 970, 70))
    p.connect(f"{pad}-control", CONTROL.index("state"), f"{pad}-state-set")
    p.connect(f"{pad}-state-set", 0, f"{pad}-state")
    p.add(f"{pad}-waveform", "waveform~", at(0, 1030, 128, 38), 5, ["float", "float", "float", "float", "list", ""],
          presentation=1, presentation_rect=[x0, 18, 128, 38], ignoreclick=1,
          annotation=f"The current {name} sample. Click it to hear it.",
          annotation_name=f"{title} Waveform",
          saved_attribute_attributes={"bgcolor": {"expression": "themecolor.live_display_bg"},
                                      "waveformcolor": {"expression": "themecolor.live_display_handle_one"}})
    p.obj(f"{pad}-show", f"loadmess set ---{pad}", at(160, 430, 110))
    p.connect(f"{pad}-buffer", 1, f"{pad}-show")
    p.connect(f"{pad}-show", 0, f"{pad}-waveform")
    p.add(f"{pad}-audition", "ubutton", at(140, 1030, 128, 38), 1, ["bang", "bang", "", "int"],
          presentation=1, presentation_rect=[x0, 18, 128, 38],
          annotation=f"Click to hear the {name} pad at velocity 100 (it plays as the mouse button goes down; "
          "in Simpler mode too, through PadFusion's own player of the same sample).",
          annotation_name=f"Audition {title}")
    p.message(f"{pad}-audition-message", f"audition {pad}", at(140, 1075, 80))
    p.connect(f"{pad}-audition", 1, f"{pad}-audition-message")  # outlet 1: mouse-down
    p.connect(f"{pad}-audition-message", 0, logic)
    p.connect(f"{pad}-control", CONTROL.index("hit"), f"{pad}-hit")

    buttons = (("new", "New", f"Make a new {name} sample (the Steps dial applies)."),
               ("variation", "Var", f"Make a variation of the current {name} sample; the Variation dial sets "
                                    "how far it strays."),
               ("undo", "Undo", f"Go back to the previous {name} sample."),
               ("keep", "Keep", f"Copy the current {name} sample into the daemon's kept/ folder so it is never "
                                "overwritten."),
               ("clip", "Clip", f"Put the current {name} sample in an audio clip, in the selected clip slot of "
                                "an audio track (Live 12.0.5 or later; otherwise drag the file from the "
                                "daemon's pinned/ folder)."))
    for b, (action, label, info) in enumerate(buttons):
        control = f"{pad}-{action}"
        p.parameter(control, "live.text", at(b * 60, 1100, 30, 16), [x0 + b * 26, 60, 24, 16],
                    (f"{title} {action.capitalize()}", label), info + " Acts when the mouse button is released.",
                    HIDDEN, switch(["off", "on"]), mode=0, outputmode=1, text=label, texton=label)
        to_logic(control, f"press {pad} {action}", 1130 + 30 * b)

    # The seed: a Max int box, not a Live parameter, whose values are 32-bit floats (a seed above 2^24 would
    # come back as another).
    p.add(f"{pad}-seed", "number", at(0, 1260, 56, 16), *UI["number"], presentation=1,
          presentation_rect=[x0, 80, 56, 16], minimum=0, maximum=params.MAX_SEED, fontname=FONT, fontsize=FONT_SIZE,
          annotation=f"The seed of the current {name} sample. Type a seed and press Return to make that sample "
          "again with the pad's model, sampler and steps now.", annotation_name=f"{title} Seed")
    p.message(f"{pad}-seed-set", "set $1", at(90, 1230, 50))
    p.connect(f"{pad}-control", CONTROL.index("seed"), f"{pad}-seed-set")
    p.connect(f"{pad}-seed-set", 0, f"{pad}-seed")
    to_logic(f"{pad}-seed", f"seed {pad}", 1290)

    p.add(f"{pad}-drop", "live.drop", at(220, 1260, 34, 16), *UI["live.drop"], presentation=1,
          presentation_rect=[x0 + 58, 80, 34, 16], parameter_enable=0,
          annotation=f"Drop an audio file here to make a variation of it on the {name} pad (the Variation dial "
          "sets how far; the file must lie in the daemon's output folder or a folder in its sample_dirs).",
          annotation_name=f"{title} Drop")
    p.obj(f"{pad}-drop-path", "conformpath native boot", at(220, 1290, 140))  # "Macintosh HD:/x" -> "/x"
    p.obj(f"{pad}-drop-prepend", f"prepend drop {pad}", at(220, 1320, 110))
    p.connect(f"{pad}-drop", 0, f"{pad}-drop-path")
    p.connect(f"{pad}-drop-path", 0, f"{pad}-drop-prepend")
    p.connect(f"{pad}-drop-prepend", 0, logic)

    p.parameter(f"{pad}-choke", "live.text", at(100, 1260, 44, 16), [x0 + 94, 80, 34, 16],
                (f"{title} Choke", "Choke"),
                f"Put the {name} pad in the choke group: a hit on any pad of the group silences the others "
                "(a closed hi-hat cutting an open one).", AUTOMATED, switch(["Off", "On"]),
                mode=1, text="Choke", texton="Choke")
    to_logic(f"{pad}-choke", f"choke {pad}", 1320)

    dials = (
        ("volume", ("Volume", "Vol"), f"Level of the {name} pad; the lowest setting silences it.",
         dial(-70, 6, 0, UNIT_DB)),
        ("tune", ("Tune", "Tune"), f"Pitch of the {name} pad in semitones (it also changes its length).",
         dial(-24, 24, 0, UNIT_SEMITONES)),
        ("decay", ("Decay", "Decay"), f"How long the {name} pad sounds before a 20 ms fade; at the most the "
                                      "whole sample plays, tuned down two octaves too.",
         dial(10, DECAY_MS, DECAY_MS, UNIT_TIME, parameter_exponent=2.0)),
        ("pan", ("Pan", "Pan"), f"Stereo position of the {name} pad.", dial(-50, 50, 0, UNIT_PAN)),
    )
    for d, (kind, (longname, shortname), info, values) in enumerate(dials):
        control = f"{pad}-{kind}"
        p.parameter(control, "live.dial", at(d * 60, 1360, 32, 44), [x0 + d * 32, 98, 32, 44],
                    (f"{title} {longname}", shortname), info, AUTOMATED, values, fontsize=FONT_SIZE)
        to_logic(control, f"{kind} {pad}", 1410 + 30 * d)
        shown_with(control, "sound-players", 1530 + 30 * d)

    # The pad's sound knobs (model/knobs.py, its instrument's), in place of the player dials with Knobs on. Each
    # says `knob <pad> <name> <lowest> <factor to the knob's unit> <value>`: at its lowest, the knob is free.
    for k, knob in enumerate(KNOBS[pad]):
        control = f"{pad}-knob-{knob.name}"
        unit, factor = KNOB_UNITS[knob.unit]
        low, high = knob.low / factor, knob.high / factor
        curve = {"parameter_exponent": 3.0} if knob.unit == "Hz" else {}
        p.parameter(control, "live.dial", at(k * 60, 1660, 32, 44), [x0 + k * 32, 98, 32, 44],
                    (f"{title} Sound {knob.name.capitalize()}", knob.name.capitalize()),
                    f"The {name} pad's {knob.name} ({knob.doc}), {knob.low:g} to {knob.high:g} {knob.unit}, for its "
                    "next samples; at its leftmost it is free (the model's choice). Saved with the Live set.",
                    STORED_ONLY, dial(low, high, low, unit, parameter_modmode=MOD_NONE, **curve),
                    fontsize=FONT_SIZE, hidden=1)
        to_logic(control, f"knob {pad} {knob.name} {low:g} {factor:g}", 1710 + 30 * k)
        shown_with(control, "sound-knobs", 1830 + 30 * k)

    # The pad's sample, saved with the Live set: a hidden, stored-only pattr that padfusion.js sets
    # (`store`) and that gives the stored sample back when the set opens (and on Live's undo).
    p.obj(f"{pad}-sample", f"pattr {pad}_sample", at(160, 1260, 110), varname=f"{pad}_sample",
          saved_object_attributes={"parameter_enable": 1, "parameter_mappable": 0},
          saved_attribute_attributes={"valueof": {
              "parameter_invisible": STORED_ONLY, "parameter_longname": f"{title} Sample",
              "parameter_shortname": "Sample", "parameter_type": BLOB,
              "parameter_annotation_name": f"{title} Sample"}},
          annotation=f"The {name} sample's file, its recipe and the pad's undo list, saved with the Live set.")
    p.parameters[f"{pad}-sample"] = (f"{title} Sample", "Sample")
    p.connect(f"{pad}-control", CONTROL.index("store"), f"{pad}-sample")
    p.obj(f"{pad}-restore", f"prepend restore {pad}", at(160, 1290, 130))
    p.connect(f"{pad}-sample", 0, f"{pad}-restore")
    p.connect(f"{pad}-restore", 0, logic)


BANKS = (
    ("Kick & Snare", [f"{t} {k}" for _, t, _ in PADS[:2] for k in ("Volume", "Tune", "Decay", "Pan")]),
    ("Hat & Perc", [f"{t} {k}" for _, t, _ in PADS[2:] for k in ("Volume", "Tune", "Decay", "Pan")]),
    ("Make", ["Steps", "Variation Strength", "Sample Target", *(f"{t} Choke" for _, t, _ in PADS), "-"]),
)


def patcher() -> dict:
    p = Patcher()
    build_device(p)
    for index, (pad, title, note) in enumerate(PADS):
        build_pad(p, index, pad, title, note)
    parameters = {id_: [longname, shortname, 0] for id_, (longname, shortname) in p.parameters.items()}
    parameters["parameterbanks"] = {str(i): {"index": i, "name": name, "parameters": names}
                                    for i, (name, names) in enumerate(BANKS)}
    parameters["inherited_shortname"] = 1
    return {"patcher": {
        "fileversion": 1,
        "appversion": {"major": 8, "minor": 6, "revision": 0, "architecture": "x64", "modernui": 1},
        "classnamespace": "box",
        "rect": [60.0, 80.0, 1400.0, 1100.0],
        "openrect": [0.0, 0.0, float(WIDTH), float(HEIGHT)],
        "devicewidth": float(WIDTH),
        "openinpresentation": 1,
        "default_fontsize": 10.0,
        "default_fontface": 0,
        "default_fontname": "Arial Bold",
        "gridsize": [8.0, 8.0],
        "description": "PadFusion: new kick, snare, hi-hat and percussion one-shots from the PadFusion daemon, "
                       "played from MIDI notes.",
        "digest": "Fresh drum one-shots from a local diffusion model",
        "tags": "drums sampler generative osc",
        "latency": 0,
        "is_mpe": 0,
        "platform_compatibility": 0,
        "autosave": 0,
        "project": {"version": 1, "creationdate": 3590052493, "modificationdate": 3590052493,
                    "viewrect": [0.0, 0.0, 300.0, 500.0], "autoorganize": 1, "hideprojectwindow": 1,
                    "showdependencies": 1, "autolocalize": 0, "contents": {"patchers": {}, "code": {}},
                    "layout": {}, "searchpath": {}, "detailsvisible": 0, "amxdtype": int.from_bytes(b"iiii", "big"),
                    "readonly": 0, "devpathtype": 0, "devpath": ".", "sortmode": 0, "viewmode": 0,
                    "includepackages": 0},
        "dependency_cache": [{"name": name, "type": "TEXT", "implicit": 1}
                             for name in ("liveapi_sampler.js", "padfusion.js")],
        "parameters": parameters,
        "boxes": [{"box": box} for box in p.boxes],
        "lines": [{"patchline": {"source": [s, o], "destination": [d, i]}} for s, o, d, i in p.lines],
    }}
