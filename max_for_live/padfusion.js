// padfusion.js: the logic of the PadFusion device, for Max's classic `js` object (ES5 only).
//
// It turns the pads' buttons into OSC requests for the PadFusion daemon and the daemon's answers into
// sample loads, keeps each pad's sample (its file, its recipe and a short undo list) in the Live set, sets
// up the players from the pads' controls, and finds a reply port of its own. The OSC addresses, argument
// types and default ports are the protocol table below, which the build writes from bridge/requests.py
// (so a frozen device carries it); every request and reply is checked against it.
//
// A device's samples are its own: every request that acts on a sample names its file, carries an id that
// the daemon's answer echoes, and answers to ids this device did not send are ignored (samples made from
// the daemon's MIDI input or inbox, id 0, are taken only with "Take MIDI" on). Each sample the set
// stores is pinned by the daemon (a make-request's `pin`, or the `pin` request for an adopted MIDI sample:
// pinned/, which history's cap never touches); a stored file
// missing on this computer is made again from its recipe (`remake`), exactly, or not at all.
//
// Inlet (one), messages from the patcher:
//   init                          live.thisdevice: the device is ready; find a reply port, greet the daemon
//   press <pad> <action> <value>  a pad button: new, variation, undo, keep or clip (value 0 is ignored)
//   audition <pad>                the pad's waveform, on mouse-down: play it (audible in Simpler mode too)
//   drop <pad> <path>             an audio file dropped on the pad: make a variation of it
//   seed <pad> <seed>             the pad's seed field: make that seed again (`recall`)
//   steps <n>                     Steps dial; 0 uses the pad's default steps from the daemon's preset
//   strength <percent>            Variation dial, 1..100
//   target <0|1>                  where new samples go: 0 the device's own players, 1 the Drum Rack's Simplers
//   knob <pad> <name> <lowest> <factor> <value>   a pad's knob dial: at its lowest free, else value * factor
//   key <item>                    the Key menu: Off, Song (Live's song root, through liveapi_sampler.js) or a key
//   song_root <key>               Live's song root, from liveapi_sampler.js (now, and whenever it changes)
//   take_midi <0|1>               Take MIDI: 1 listens on the daemon's default reply port and takes the samples
//                                 its MIDI input and inbox make
//   build_rack <value>            Build Rack: each pad's sample into a Simpler of a Drum Rack (value 0 ignored)
//   volume|tune|decay|pan|choke <pad> <value>   the pad's player controls (dB, semitones, ms, -50..50, 0|1)
//   restore <pad> <stored>        the pad's sample as the Live set saved it (its pattr), or as an older device
//                                 saved it: <path> <seed> <model> <sampler>
//   host <name> / osc_port <n>    where the daemon runs (saved with the set)
//   faded <pad>                   the pad's fade-out ended: its buffer can be replaced without a click
//   simpler_ready <0|1> [reason]  answer of liveapi_sampler.js to `check`
//   live_done|live_error <pad> <message>   what liveapi_sampler.js did, or why it could not
//   /padfusion/...                the daemon's replies, from [udpreceive]
//   /padfusion-device/probe <token>   this device's own probe of its reply port, from [udpreceive]
// Outlets:
//   0  OSC requests, to [udpsend] (the daemon)
//   1  the texts, through [route]: `status <text>` (the status line), `info <text>` (its Info View text),
//      `port <text>` (the reply port shown in the settings)
//   2  the players, through [route]: `<pad> fade`, `<pad> buffer replace <path>`, `<pad> note <number>`,
//      `<pad> gains <left> <right>`, `<pad> rate <ratio>`, `<pad> decay <ms>`, `<pad> choke <0|1>`,
//      `<pad> seed <seed>` (its seed field), `<pad> state <text>` (its state line), `<pad> hit <velocity>`,
//      `<pad> store <stored>` (its pattr, saved with the set); `output <gain> <ms>` (the device's output),
//      `connection <0|1>` (the connection light)
//   3  liveapi_sampler.js, through [deferlow]: `check`, `song_key`, `replace <pad> <note> <path>`, `clip <pad> <path>`,
//      `rack <pad> <note> <path> ...` (the pads that have a sample, when Build Rack is pressed)
//   4  the network objects, through [route]: `daemon host <name>`, `daemon port <n>` ([udpsend]),
//      `reply port <n>` ([udpreceive]), `probe port <n>` and `probe <address> <token>` (a second [udpsend],
//      aimed at the reply port)
//
// Guidelines kept: nothing is printed to the Max console (bad input is shown, never thrown), and no
// automatable or stored control is ever set from here. The pads' pattrs (stored only) are set once per new
// sample: one undo step, like replacing a sample in a Simpler, and Live's undo brings the previous one back.

autowatch = 0;
inlets = 1;
outlets = 5;

// ---- protocol: generated by `python -m padfusion.max_for_live.build` from bridge/protocol.py; do not edit ----
var PROTOCOL = {
 "errors": {
  "bad_args": "wrong number, type or range of arguments; the message holds the usage",
  "bad_audio": "a variation source that cannot be used: not audio, too large or too long, or holding NaN or infinite samples",
  "changed": "a recipe that cannot be made again exactly: the pad's model weights differ from those it names, or its source file is gone or changed",
  "disk": "the output folder cannot be written (full, read-only, missing)",
  "forbidden_path": "a variation source outside the output folder and the configured sample folders",
  "generation": "the model failed while generating",
  "internal": "a bug in the daemon; the log has the details",
  "malformed": "the packet is not a valid OSC message or bundle, its strings are not UTF-8, or it holds more messages than one packet may",
  "midi": "the MIDI input could not be opened; OSC keeps working",
  "model_load": "the pad's model cannot be loaded (missing folder, not in the hub cache, bad file)",
  "no_sample": "the pad has no sample yet (to vary, keep or undo), or the named file is not there",
  "preset": "an edited preset file is invalid; the previous version stays in use",
  "shutdown": "the daemon stopped before the request was done",
  "unknown_address": "no such address under /padfusion (see `padfusion protocol`)",
  "unknown_pad": "no pad of that name in the presets being served"
 },
 "host": "127.0.0.1",
 "osc_port": 9123,
 "prefix": "/padfusion",
 "replies": [
  {
   "address": "/padfusion/ready",
   "args": [
    {
     "doc": "pad name from the preset (kick, snare, hihat, perc)",
     "max": null,
     "min": null,
     "name": "pad",
     "optional": false,
     "type": "s"
    },
    {
     "doc": "absolute path of the sample's file in history (never overwritten), or of its pinned copy where the request asked `pin`",
     "max": null,
     "min": null,
     "name": "path",
     "optional": false,
     "type": "s"
    },
    {
     "doc": "seed of the sample",
     "max": null,
     "min": null,
     "name": "seed",
     "optional": false,
     "type": "i"
    },
    {
     "doc": "milliseconds from request to file on disk",
     "max": null,
     "min": null,
     "name": "ms",
     "optional": false,
     "type": "n"
    },
    {
     "doc": "the sample's record as JSON (its index line without time and path): what `remake` takes to make it again",
     "max": null,
     "min": null,
     "name": "recipe",
     "optional": false,
     "type": "s"
    },
    {
     "doc": "the request's id (0: it gave none, or nobody asked: a MIDI note, an inbox drop)",
     "max": null,
     "min": null,
     "name": "id",
     "optional": false,
     "type": "i"
    }
   ],
   "doc": "The pad's new sample is safely on disk: in history (the path) and at `<out>/<pad>.wav`."
  },
  {
   "address": "/padfusion/kept",
   "args": [
    {
     "doc": "pad name from the preset (kick, snare, hihat, perc)",
     "max": null,
     "min": null,
     "name": "pad",
     "optional": false,
     "type": "s"
    },
    {
     "doc": "absolute path of the kept copy",
     "max": null,
     "min": null,
     "name": "path",
     "optional": false,
     "type": "s"
    },
    {
     "doc": "the request's id (0: it gave none, or nobody asked: a MIDI note, an inbox drop)",
     "max": null,
     "min": null,
     "name": "id",
     "optional": false,
     "type": "i"
    }
   ],
   "doc": "The sample was kept."
  },
  {
   "address": "/padfusion/pinned",
   "args": [
    {
     "doc": "pad name from the preset (kick, snare, hihat, perc)",
     "max": null,
     "min": null,
     "name": "pad",
     "optional": false,
     "type": "s"
    },
    {
     "doc": "absolute path of the pinned copy, under pinned/",
     "max": null,
     "min": null,
     "name": "path",
     "optional": false,
     "type": "s"
    },
    {
     "doc": "the request's id (0: it gave none, or nobody asked: a MIDI note, an inbox drop)",
     "max": null,
     "min": null,
     "name": "id",
     "optional": false,
     "type": "i"
    }
   ],
   "doc": "The sample was pinned: history's cap never removes it."
  },
  {
   "address": "/padfusion/learned",
   "args": [
    {
     "doc": "what was mapped",
     "max": null,
     "min": null,
     "name": "target",
     "optional": false,
     "type": "s"
    },
    {
     "doc": "'note' or 'cc'",
     "max": null,
     "min": null,
     "name": "kind",
     "optional": false,
     "type": "s"
    },
    {
     "doc": "note or controller number",
     "max": null,
     "min": null,
     "name": "number",
     "optional": false,
     "type": "i"
    }
   ],
   "doc": "A MIDI mapping was learned."
  },
  {
   "address": "/padfusion/status",
   "args": [
    {
     "doc": "'idle' or 'generating'",
     "max": null,
     "min": null,
     "name": "state",
     "optional": false,
     "type": "s"
    },
    {
     "doc": "what runs the loaded models: cpu, cuda, mps, or gpu (an Intel GPU, through OpenVINO); several joined by + when they differ",
     "max": null,
     "min": null,
     "name": "device",
     "optional": false,
     "type": "s"
    },
    {
     "doc": "jobs waiting",
     "max": null,
     "min": null,
     "name": "pending",
     "optional": false,
     "type": "i"
    },
    {
     "doc": "samples ready in the pool",
     "max": null,
     "min": null,
     "name": "pooled",
     "optional": false,
     "type": "i"
    }
   ],
   "doc": "The daemon's state."
  },
  {
   "address": "/padfusion/pad",
   "args": [
    {
     "doc": "pad name from the preset (kick, snare, hihat, perc)",
     "max": null,
     "min": null,
     "name": "pad",
     "optional": false,
     "type": "s"
    },
    {
     "doc": "MIDI note that triggers it (-1: none)",
     "max": null,
     "min": null,
     "name": "note",
     "optional": false,
     "type": "i"
    },
    {
     "doc": "model source",
     "max": null,
     "min": null,
     "name": "model",
     "optional": false,
     "type": "s"
    },
    {
     "doc": "default steps",
     "max": null,
     "min": null,
     "name": "steps",
     "optional": false,
     "type": "i"
    },
    {
     "doc": "sampler name",
     "max": null,
     "min": null,
     "name": "sampler",
     "optional": false,
     "type": "s"
    },
    {
     "doc": "absolute path of the pad's current WAV, '' before its first sample",
     "max": null,
     "min": null,
     "name": "path",
     "optional": false,
     "type": "s"
    }
   ],
   "doc": "One pad of the current preset, with its current sample."
  },
  {
   "address": "/padfusion/superseded",
   "args": [
    {
     "doc": "pad name from the preset (kick, snare, hihat, perc)",
     "max": null,
     "min": null,
     "name": "pad",
     "optional": false,
     "type": "s"
    },
    {
     "doc": "the request dropped: generate, variation, recall, remake or undo",
     "max": null,
     "min": null,
     "name": "request",
     "optional": false,
     "type": "s"
    },
    {
     "doc": "the request's id (0: it gave none, or nobody asked: a MIDI note, an inbox drop)",
     "max": null,
     "min": null,
     "name": "id",
     "optional": false,
     "type": "i"
    }
   ],
   "doc": "A later request for the pad from the same client replaced this one before it was done (the latest press wins); nothing was made for it."
  },
  {
   "address": "/padfusion/pong",
   "args": [],
   "doc": "Answer to ping."
  },
  {
   "address": "/padfusion/knob",
   "args": [
    {
     "doc": "pad name from the preset (kick, snare, hihat, perc)",
     "max": null,
     "min": null,
     "name": "pad",
     "optional": false,
     "type": "s"
    },
    {
     "doc": "its name: pitch, decay, punch, brightness or tone (the pad's instrument's, model/knobs.py)",
     "max": null,
     "min": null,
     "name": "knob",
     "optional": false,
     "type": "s"
    },
    {
     "doc": "its unit: Hz, s or dB",
     "max": null,
     "min": null,
     "name": "unit",
     "optional": false,
     "type": "s"
    },
    {
     "doc": "the lowest value it takes",
     "max": null,
     "min": null,
     "name": "min",
     "optional": false,
     "type": "n"
    },
    {
     "doc": "the highest value it takes",
     "max": null,
     "min": null,
     "name": "max",
     "optional": false,
     "type": "n"
    },
    {
     "doc": "the value set, in the unit, as text; '' when free (the model's choice)",
     "max": null,
     "min": null,
     "name": "value",
     "optional": false,
     "type": "s"
    },
    {
     "doc": "what it measures",
     "max": null,
     "min": null,
     "name": "doc",
     "optional": false,
     "type": "s"
    }
   ],
   "doc": "One knob of a pad, with its value now (the producer's setting, else the preset's)."
  },
  {
   "address": "/padfusion/key",
   "args": [
    {
     "doc": "pad name from the preset (kick, snare, hihat, perc)",
     "max": null,
     "min": null,
     "name": "pad",
     "optional": false,
     "type": "s"
    },
    {
     "doc": "the song's key its tonal samples are tuned to (a pitch class: C, C# ... B); '' for none",
     "max": null,
     "min": null,
     "name": "key",
     "optional": false,
     "type": "s"
    }
   ],
   "doc": "A pad's key now (the producer's setting, else the preset's)."
  },
  {
   "address": "/padfusion/error",
   "args": [
    {
     "doc": "pad concerned, or '' when none",
     "max": null,
     "min": null,
     "name": "pad",
     "optional": false,
     "type": "s"
    },
    {
     "doc": "machine-readable code, e.g. unknown_pad, bad_args, model_load",
     "max": null,
     "min": null,
     "name": "code",
     "optional": false,
     "type": "s"
    },
    {
     "doc": "what went wrong and what to do",
     "max": null,
     "min": null,
     "name": "message",
     "optional": false,
     "type": "s"
    }
   ],
   "doc": "A request was refused or failed; the daemon keeps running."
  }
 ],
 "reply_port": 9124,
 "requests": [
  {
   "address": "/padfusion/generate",
   "args": [
    {
     "doc": "pad name from the preset (kick, snare, hihat, perc)",
     "max": null,
     "min": null,
     "name": "pad",
     "optional": false,
     "type": "s"
    },
    {
     "doc": "seed; omitted or -1 means a fresh one",
     "max": 2147483647,
     "min": -1,
     "name": "seed",
     "optional": true,
     "type": "i"
    },
    {
     "doc": "sampler steps; omitted or 0 means the pad's default",
     "max": 200,
     "min": 0,
     "name": "steps",
     "optional": true,
     "type": "i"
    },
    {
     "doc": "the client's number for this request, echoed by its reply; omitted or 0: none",
     "max": 2147483647,
     "min": 0,
     "name": "id",
     "optional": true,
     "type": "i"
    },
    {
     "doc": "1: pin the sample as it is made (pinned/, which history's cap never touches) and name the pinned copy in `ready`, for a client that stores what it gets, such as a Live set; omitted or 0: no",
     "max": 1,
     "min": 0,
     "name": "pin",
     "optional": true,
     "type": "i"
    }
   ],
   "doc": "Make a new sample for the pad (from the pre-generated pool when it can).",
   "replies": [
    "ready",
    "superseded"
   ]
  },
  {
   "address": "/padfusion/variation",
   "args": [
    {
     "doc": "pad name from the preset (kick, snare, hihat, perc)",
     "max": null,
     "min": null,
     "name": "pad",
     "optional": false,
     "type": "s"
    },
    {
     "doc": "how far from the source, 0.01 to 1 (0.3 is subtle)",
     "max": 1,
     "min": 0.01,
     "name": "strength",
     "optional": false,
     "type": "n"
    },
    {
     "doc": "source audio under the output or a sample folder; omitted or '' means the pad's current sample",
     "max": null,
     "min": null,
     "name": "file",
     "optional": true,
     "type": "s"
    },
    {
     "doc": "the client's number for this request, echoed by its reply; omitted or 0: none",
     "max": 2147483647,
     "min": 0,
     "name": "id",
     "optional": true,
     "type": "i"
    },
    {
     "doc": "1: pin the sample as it is made (pinned/, which history's cap never touches) and name the pinned copy in `ready`, for a client that stores what it gets, such as a Live set; omitted or 0: no",
     "max": 1,
     "min": 0,
     "name": "pin",
     "optional": true,
     "type": "i"
    }
   ],
   "doc": "Make a variation of a sample: noise it to sigma = strength and sample back down.",
   "replies": [
    "ready",
    "superseded"
   ]
  },
  {
   "address": "/padfusion/recall",
   "args": [
    {
     "doc": "pad name from the preset (kick, snare, hihat, perc)",
     "max": null,
     "min": null,
     "name": "pad",
     "optional": false,
     "type": "s"
    },
    {
     "doc": "seed of an earlier sample",
     "max": 2147483647,
     "min": 0,
     "name": "seed",
     "optional": false,
     "type": "i"
    },
    {
     "doc": "the client's number for this request, echoed by its reply; omitted or 0: none",
     "max": 2147483647,
     "min": 0,
     "name": "id",
     "optional": true,
     "type": "i"
    },
    {
     "doc": "1: pin the sample as it is made (pinned/, which history's cap never touches) and name the pinned copy in `ready`, for a client that stores what it gets, such as a Live set; omitted or 0: no",
     "max": 1,
     "min": 0,
     "name": "pin",
     "optional": true,
     "type": "i"
    }
   ],
   "doc": "Make the pad's sample for a given seed again (with the pad's model, sampler and steps now).",
   "replies": [
    "ready",
    "superseded"
   ]
  },
  {
   "address": "/padfusion/remake",
   "args": [
    {
     "doc": "pad name from the preset (kick, snare, hihat, perc)",
     "max": null,
     "min": null,
     "name": "pad",
     "optional": false,
     "type": "s"
    },
    {
     "doc": "a sample's record as JSON, as its `ready` (or its index line) gave it",
     "max": null,
     "min": null,
     "name": "recipe",
     "optional": false,
     "type": "s"
    },
    {
     "doc": "the client's number for this request, echoed by its reply; omitted or 0: none",
     "max": 2147483647,
     "min": 0,
     "name": "id",
     "optional": true,
     "type": "i"
    },
    {
     "doc": "1: pin the sample as it is made (pinned/, which history's cap never touches) and name the pinned copy in `ready`, for a client that stores what it gets, such as a Live set; omitted or 0: no",
     "max": 1,
     "min": 0,
     "name": "pin",
     "optional": true,
     "type": "i"
    }
   ],
   "doc": "Make a sample again exactly as its record says: the same sound to float rounding, or `error changed` when the pad's model weights are not the ones it names or its source file is gone or changed.",
   "replies": [
    "ready",
    "superseded"
   ]
  },
  {
   "address": "/padfusion/undo",
   "args": [
    {
     "doc": "pad name from the preset (kick, snare, hihat, perc)",
     "max": null,
     "min": null,
     "name": "pad",
     "optional": false,
     "type": "s"
    },
    {
     "doc": "the client's number for this request, echoed by its reply; omitted or 0: none",
     "max": 2147483647,
     "min": 0,
     "name": "id",
     "optional": true,
     "type": "i"
    },
    {
     "doc": "1: pin the sample as it is made (pinned/, which history's cap never touches) and name the pinned copy in `ready`, for a client that stores what it gets, such as a Live set; omitted or 0: no",
     "max": 1,
     "min": 0,
     "name": "pin",
     "optional": true,
     "type": "i"
    }
   ],
   "doc": "Restore the pad's previous sample from history (undos in a row add up: the earlier are superseded).",
   "replies": [
    "ready",
    "superseded"
   ]
  },
  {
   "address": "/padfusion/keep",
   "args": [
    {
     "doc": "pad name from the preset (kick, snare, hihat, perc)",
     "max": null,
     "min": null,
     "name": "pad",
     "optional": false,
     "type": "s"
    },
    {
     "doc": "the sample to keep, under the output folder; omitted or '' means the one the pad was playing when Keep arrived",
     "max": null,
     "min": null,
     "name": "file",
     "optional": true,
     "type": "s"
    },
    {
     "doc": "the client's number for this request, echoed by its reply; omitted or 0: none",
     "max": 2147483647,
     "min": 0,
     "name": "id",
     "optional": true,
     "type": "i"
    }
   ],
   "doc": "Copy a sample into kept/, where it is never removed.",
   "replies": [
    "kept"
   ]
  },
  {
   "address": "/padfusion/pin",
   "args": [
    {
     "doc": "pad name from the preset (kick, snare, hihat, perc)",
     "max": null,
     "min": null,
     "name": "pad",
     "optional": false,
     "type": "s"
    },
    {
     "doc": "a sample under the output folder",
     "max": null,
     "min": null,
     "name": "file",
     "optional": false,
     "type": "s"
    },
    {
     "doc": "the client's number for this request, echoed by its reply; omitted or 0: none",
     "max": 2147483647,
     "min": 0,
     "name": "id",
     "optional": true,
     "type": "i"
    }
   ],
   "doc": "Pin a sample (a client that stores it, such as a Live set, does this): a link or copy in pinned/, which history's cap never touches.",
   "replies": [
    "pinned"
   ]
  },
  {
   "address": "/padfusion/learn",
   "args": [
    {
     "doc": "a pad name; or for a control change 'steps', 'strength', or a pad's knob as pad:knob, e.g. kick:decay",
     "max": null,
     "min": null,
     "name": "target",
     "optional": false,
     "type": "s"
    }
   ],
   "doc": "MIDI learn: the next note (for a pad) or control change (for a parameter or a knob, its 0-127 across the knob's range) is mapped.",
   "replies": [
    "learned"
   ]
  },
  {
   "address": "/padfusion/knobs",
   "args": [
    {
     "doc": "one pad; omitted means every pad",
     "max": null,
     "min": null,
     "name": "pad",
     "optional": true,
     "type": "s"
    }
   ],
   "doc": "List the pads' knobs and keys: pad by pad, a `knob` reply for each of its knobs, then a `key` reply.",
   "replies": [
    "knob",
    "key"
   ]
  },
  {
   "address": "/padfusion/set_knob",
   "args": [
    {
     "doc": "pad name from the preset (kick, snare, hihat, perc)",
     "max": null,
     "min": null,
     "name": "pad",
     "optional": false,
     "type": "s"
    },
    {
     "doc": "one of the pad's knobs (see `knobs`)",
     "max": null,
     "min": null,
     "name": "knob",
     "optional": false,
     "type": "s"
    },
    {
     "doc": "in the knob's unit, within its range (pitch also as a note name, e.g. A1); omitted means free (the model's choice)",
     "max": null,
     "min": null,
     "name": "value",
     "optional": true,
     "type": "ns"
    }
   ],
   "doc": "Set a knob of the pad for its later presses, over its preset's (a restart keeps it); answered with the knob's `knob` reply.",
   "replies": [
    "knob"
   ]
  },
  {
   "address": "/padfusion/set_key",
   "args": [
    {
     "doc": "a pitch class such as F, F# or Bb; '' means none",
     "max": null,
     "min": null,
     "name": "key",
     "optional": false,
     "type": "s"
    },
    {
     "doc": "one pad; omitted means every pad",
     "max": null,
     "min": null,
     "name": "pad",
     "optional": true,
     "type": "s"
    }
   ],
   "doc": "Set the song's key for the pads' later presses, over their presets' (a restart keeps it): tonal samples land on its root. Answered with a `key` reply per pad.",
   "replies": [
    "key"
   ]
  },
  {
   "address": "/padfusion/status",
   "args": [],
   "doc": "Report the daemon's state.",
   "replies": [
    "status"
   ]
  },
  {
   "address": "/padfusion/pads",
   "args": [],
   "doc": "List the pads: one `pad` reply each.",
   "replies": [
    "pad"
   ]
  },
  {
   "address": "/padfusion/ping",
   "args": [],
   "doc": "Liveness check.",
   "replies": [
    "pong"
   ]
  },
  {
   "address": "/padfusion/hello",
   "args": [
    {
     "doc": "UDP port on the sender's host that listens for the replies",
     "max": 65535,
     "min": 1,
     "name": "reply_port",
     "optional": false,
     "type": "i"
    }
   ],
   "doc": "Answer this sender (its host and source port) on `reply_port` from now on, instead of the default reply port. A client with a port of its own sends it before each request; the daemon remembers the last 256 senders.",
   "replies": [
    "pong"
   ]
  }
 ]
};
// ---- end of protocol ----

var PADS = ["kick", "snare", "hihat", "perc"];
var GM_NOTES = { kick: 36, snare: 38, hihat: 42, perc: 39 };  // the daemon's default map, until it tells
var VERBS = { generate: "making", variation: "varying", recall: "recalling", remake: "making again",
    keep: "keeping" };
var UNDO_DEPTH = 8;        // earlier samples per pad the set keeps for Undo
var HEARTBEAT_MS = 2000;   // hello period; two silent periods in a row mean the daemon is gone
var FADE_MS = 5;           // a sounding pad fades out this fast before its buffer is replaced
var FADE_WAIT_MS = 50;     // the buffer is replaced at the fade's end, or after this long at the latest
var OUTPUT_FADE_MS = 50;   // fade of the whole device output when switching to or from Simpler mode
var SILENT_DB = -70;       // the Volume dial's lowest value: off
var AUDITION_VELOCITY = 100;
var PORTS = [49152, 65535]; // where a reply port is looked for (the dynamic ports, which no service claims)
var PROBE_ADDRESS = "/padfusion-device/probe";
var NOT_RUNNING = "daemon not running: start it with `padfusion serve`";

var notes = {};
var samples = {};          // pad -> {path, recipe, undo: [{path, recipe}, ...], note}: what the set stores
var missing = {};          // pad -> "waiting" while its stored file is not here and not asked for yet
var notices = {};          // pad -> {state, text}: a note on its sample, until the next press on the pad
var player = {};           // pad -> {volume, tune, decay, pan, choke}
var pendingLoads = {};     // pad -> path waiting for its fade-out to end
var loaders = {};          // pad -> Task that replaces the buffer if the fade's end is not heard
var inflight = {};         // request id -> {pad, name, undo (the undo list the sample gets), restoring}
var nextId = 1 + Math.floor(Math.random() * 1e9);  // ids unlikely to meet an earlier session's on this port
var stepsValue = 0;
var strengthPercent = 30;
var wantSimpler = false;
var useSimpler = false;
var takeMidi = false;
var started = false;
var connected = null;      // null: not known yet
var silentBeats = 0;
var beats = 0;             // heartbeats so far: a request in flight remembers the one it was sent in
var daemonDevice = "";
var daemonHost = PROTOCOL.host;
var oscPort = PROTOCOL.osc_port;
var replyPort = 0;
var probeToken = "p" + Math.floor(Math.random() * 1e9);
var replyPortWorks = null; // null: not known yet; false: the port is taken; true: our own probe came back
var probeBeats = -1;       // heartbeats since the probe went out; -1: none is out
var knobs = {};            // pad -> {knob: value in its unit, or null (free)}: the dials, sent on each connection
var keyItem = "Off";       // the Key menu's item
var songRoot = "";         // Live's song root, once liveapi_sampler.js has said
var lastSample = null;     // {pad, ms}
var lastError = "";
var shown = {};            // what the texts show now, so that each is sent only when it changes

for (var p = 0; p < PADS.length; p++) {
    notes[PADS[p]] = GM_NOTES[PADS[p]];
    player[PADS[p]] = { volume: 0, tune: 0, decay: 3000, pan: 0, choke: 0 };
    loaders[PADS[p]] = new Task(finishLoad, this, [PADS[p]]);  // Max passes the array's items as arguments
}
var unmuted = new Task(applyOutput, this);  // an audition in Simpler mode lets the own players through, then this
var heartbeat = new Task(beat, this);
heartbeat.interval = HEARTBEAT_MS;

// ---- messages from the patcher -----------------------------------------------------------------

function init() {
    started = true;
    outlet(4, "daemon", "host", daemonHost);
    outlet(4, "daemon", "port", oscPort);
    for (var i = 0; i < PADS.length; i++) {
        var pad = PADS[i];
        outlet(2, pad, "note", notes[pad]);
        applyPlayer(pad);
    }
    applyOutput();
    outlet(2, "connection", 0);
    if (wantSimpler) {
        outlet(3, "check");
    }
    choosePort();
    showStatus();
    beat();
    heartbeat.repeat();
}

function press(pad, action, value) {
    if (!value || !known(pad)) {
        return;
    }
    var sample = samples[pad];
    if (action === "new") {
        ask(pad, "generate", [pad, -1, stepsValue]);
    } else if (action === "variation") {
        if (needSample(pad, "to vary")) {
            ask(pad, "variation", [pad, strengthPercent / 100, sample.path]);
        }
    } else if (action === "keep") {
        if (needSample(pad, "to keep")) {
            ask(pad, "keep", [pad, sample.path]);
        }
    } else if (action === "undo") {
        undo(pad);
    } else if (action === "clip") {
        if (needSample(pad, "to put in a clip")) {
            outlet(3, "clip", pad, sample.path);
        }
    }
}

function build_rack(value) {
    var pads = [];
    for (var i = 0; value && i < PADS.length; i++) {
        var pad = PADS[i];
        if (samples[pad] && fileExists(samples[pad].path)) {
            pads = pads.concat([pad, notes[pad], samples[pad].path]);
        }
    }
    if (pads.length) {
        outlet(3, ["rack"].concat(pads));
    } else if (value) {
        lastError = "Build Rack: no pad has a sample yet";
        showStatus();
    }
}

function audition(pad) {
    if (!known(pad)) {
        return;
    }
    if (useSimpler) {  // the own players hold the Simpler's sample: let this one through for its length
        outlet(2, "output", 1, 0);
        unmuted.schedule(player[pad].decay + 40);
    }
    outlet(2, pad, "hit", AUDITION_VELOCITY);
}

function drop(pad, path) {
    if (known(pad)) {
        ask(pad, "variation", [pad, strengthPercent / 100, maxPath(path)]);
    }
}

function seed(pad, value) {
    if (known(pad)) {
        ask(pad, "recall", [pad, Math.max(0, Math.round(value))]);
    }
}

function steps(n) {
    stepsValue = Math.round(n);
}

function strength(percent) {
    strengthPercent = percent;
}

function target(value) {
    wantSimpler = value == 1;
    if (wantSimpler && started) {
        outlet(3, "check");
    } else {
        useSimpler = false;
        applyOutput();
    }
}

function volume(pad, dB) { setPlayer(pad, "volume", dB); }
function tune(pad, semitones) { setPlayer(pad, "tune", semitones); }
function decay(pad, ms) { setPlayer(pad, "decay", ms); }
function pan(pad, value) { setPlayer(pad, "pan", value); }
function choke(pad, on) { setPlayer(pad, "choke", on ? 1 : 0); }

function knob(pad, name, lowest, factor, value) {
    if (known(pad)) {
        knobs[pad] = knobs[pad] || {};
        knobs[pad][name] = value <= lowest ? null : value * factor;
        sendKnob(pad, name);
    }
}

function key(item) {
    keyItem = String(item);
    if (keyItem === "Song") {
        outlet(3, "song_key");  // answered with song_root now and on every change, or live_error
    }
    sendKey();
}

function song_root(name) {
    songRoot = String(name);
    sendKey();
}

function take_midi(value) {
    var wanted = value == 1;
    if (wanted !== takeMidi) {
        takeMidi = wanted;
        if (started) {
            choosePort();
        }
    }
}

// The pad's pattr: at load, the sample the Live set saved; later, the echo of our own `store`, or an
// older sample brought back by Live's undo. Nothing is sent to a Simpler from here: it holds its own.
function restore(pad) {
    var args = arrayfromargs(arguments).slice(1);
    if (!known(pad) || args.length === 0) {
        return;  // an empty pattr: a pad that never had a sample
    }
    var stored = decode(args);
    if (!stored) {
        note(pad, "missing", pad + ": the set's stored sample cannot be read");
        return;
    }
    if (samples[pad] && samples[pad].path === stored.path && samples[pad].undo.length === stored.undo.length) {
        return;
    }
    samples[pad] = stored;
    if (typeof stored.note === "number") {
        setNote(pad, stored.note);  // the note the daemon's preset gave, until the daemon says again
    }
    outlet(2, pad, "seed", seedOf(stored.recipe));
    delete notices[pad];
    delete missing[pad];
    if (fileExists(stored.path)) {
        load(pad, stored.path, false);
    } else {
        missing[pad] = "waiting";
        note(pad, "missing", pad + ": " + stored.path + " is not on this computer: it is made again from its "
            + "recipe when the daemon answers");
        remakeMissing();
    }
    showStatus();
}

function host(name) {
    daemonHost = String(name || PROTOCOL.host);
    if (started) {
        outlet(4, "daemon", "host", daemonHost);
    }
}

function osc_port(n) {
    oscPort = Math.round(n);
    if (started) {
        outlet(4, "daemon", "port", oscPort);
    }
}

function faded(pad) {
    if (pendingLoads.hasOwnProperty(pad)) {
        loaders[pad].cancel();
        finishLoad(pad);
    }
}

function simpler_ready(ok, reason) {
    useSimpler = wantSimpler && ok == 1;
    if (wantSimpler && !useSimpler) {
        lastError = String(reason);
    }
    applyOutput();
    showStatus();
}

function live_done(pad, message) {
    note(pad, "idle", pad + ": " + message);
}

function live_error(pad, message) {
    if (known(pad)) {
        note(pad, "error", pad + ": " + message);
    } else {
        lastError = String(message);
        showStatus();
    }
}

// The daemon's replies, and the probe, arrive as messages named by their OSC address.
function anything() {
    var args = arrayfromargs(arguments);
    if (messagename === PROBE_ADDRESS) {
        probed(args[0]);
    } else if (messagename.indexOf(PROTOCOL.prefix + "/") === 0) {
        reply(messagename, args);
    }  // anything else is no message of this device's: ignored, as Max ignores what it does not know
}

// ---- the daemon's replies -----------------------------------------------------------------------

var REPLY_HANDLERS = {
    ready: function (pad, path, seedValue, ms, recipe, id) {
        var request = answer(id);
        if (!request && !(takeMidi && !id && known(pad))) {
            return;  // another device's, an earlier session's, or the daemon's own (MIDI, inbox)
        }
        var adopted = !request;
        request = request || { pad: pad, name: "generate", undo: null, restoring: false };
        request.made = request.name;
        lastSample = { pad: pad, ms: ms };
        request.recipe = parseRecipe(recipe);
        request.path = maxPath(path);
        if (adopted) {
            ask(pad, "pin", [pad, String(path)], request);  // a MIDI or inbox sample: pinned before it is stored
        } else {
            take(request, request.path);  // asked with `pin`: the path is the pinned copy already
        }
    },
    pinned: function (pad, path, id) {
        var request = answer(id);
        if (request) {
            take(request, maxPath(path));
        }
    },
    kept: function (pad, path, id) {
        if (answer(id)) {
            note(pad, "idle", pad + ": kept as " + path);
        }
    },
    superseded: function (pad, name, id) {
        answer(id);  // a later press on the pad replaced this one: the pad stays busy with that one
    },
    // Each heartbeat asks the daemon's state. Idle with nothing pending, it has answered every request it got
    // before the last heartbeat's question: one of ours still unanswered from before that was lost on the way.
    status: function (state, device, pending) {
        daemonDevice = device;
        if (state === "idle" && pending === 0) {
            for (var id in inflight) {
                if (inflight.hasOwnProperty(id) && inflight[id].beat < beats - 1) {
                    note(inflight[id].pad, "error", inflight[id].pad + ": the daemon's answer never came (lost on "
                        + "the way): press again");
                    delete inflight[id];
                }
            }
        }
    },
    pad: function (pad, number) {
        setNote(pad, number);
    },
    learned: function (target, kind, number) {  // another client taught the daemon a note for a pad
        if (kind === "note") {
            setNote(target, number);
        }
    },
    knob: function () {},  // a pad's knob, set by another client or a MIDI control: the daemon uses it for presses
    key: function () {},
    pong: function () {},
    error: function (pad, code, message) {
        if (!known(pad)) {
            lastError = message;
            return;
        }
        var failed = forget(pad);
        if (failed && failed.name === "pin") {
            take(failed, failed.path);  // not pinned, but here: the set stores the history file
            note(pad, "error", pad + ": " + message + " (the set keeps " + failed.path + ", which history's "
                + "cap may remove)");
        } else if (failed && failed.restoring && code === "changed") {
            note(pad, "missing", pad + ": " + samples[pad].path + " is not on this computer and cannot be made "
                + "again exactly: " + message + ". The set keeps its record; press New to replace it.");
        } else {
            note(pad, failed && failed.restoring ? "missing" : "error", pad + ": " + message);
        }
    }
};

function reply(address, args) {
    var spec = find(PROTOCOL.replies, address);
    var name = address.slice(PROTOCOL.prefix.length + 1);
    if (!spec || !REPLY_HANDLERS[name]) {
        lastError = "unexpected " + address + " from the daemon: update the device or the daemon";
    } else if (args.length < spec.args.length) {
        lastError = address + " from the daemon has " + args.length + " arguments, expected "
            + spec.args.length + ": update the device or the daemon";
    } else {
        REPLY_HANDLERS[name].apply(this, args);
    }
    silentBeats = 0;
    if (connected !== true) {
        connected = true;
        outlet(2, "connection", 1);
        request("pads", []);
        request("status", []);
        sendSettings();
        remakeMissing();
    }
    showStatus();
}

function setNote(pad, number) {
    if (known(pad) && notes[pad] !== number) {
        notes[pad] = number;
        outlet(2, pad, "note", number);
    }
}

// ---- requests -----------------------------------------------------------------------------------

// A pad's request, with an id of its own: say which port to answer on first (a daemon that restarted
// meanwhile would answer on its default port), then ask. Nothing is asked while this device cannot hear
// the answers (its reply port not working yet) or the daemon is not there: a press then says so at once.
function ask(pad, name, args, carried) {
    if (replyPortWorks !== true || connected !== true) {
        note(pad, "error", pad + ": not sent, " + (replyPortWorks !== true
            ? "this device has no reply port yet" : NOT_RUNNING));
        return;
    }
    var id = nextId++;
    var entry = carried || { pad: pad, undo: null, restoring: false };
    if (!carried) {
        delete notices[pad];
        lastError = "";
    }
    var sent = args.concat([id]);
    if (takesPin(name, sent.length)) {
        sent.push(1);  // what this device gets, the set stores: pinned before `ready` names it, or history's cap
    }                  // could remove it first
    request("hello", [replyPort]);
    if (request(name, sent)) {
        entry.name = name;
        entry.beat = beats;
        inflight[id] = entry;
    }
    showStatus();
}

function answer(id) {
    var entry = inflight[id];
    delete inflight[id];
    return entry || null;
}

// The pad's requests in flight are all answered by an error for the pad: the last one is returned.
function forget(pad) {
    var last = null;
    for (var id in inflight) {
        if (inflight.hasOwnProperty(id) && inflight[id].pad === pad) {
            last = inflight[id];
            delete inflight[id];
        }
    }
    return last;
}

// What the pad's latest request in flight does ("" when none is): ids are taken in the order they were sent.
function busy(pad) {
    var doing = "";
    for (var id in inflight) {
        if (inflight.hasOwnProperty(id) && inflight[id].pad === pad) {
            doing = VERBS[inflight[id].name] || "making";
        }
    }
    return doing;
}

// The knobs and key as the set has them, to the daemon (it keeps them for the pads' later presses): on each
// change, and when the daemon answers (again), since it may have started after the set opened.
function sendKnob(pad, name) {
    if (connected === true && replyPortWorks === true) {
        var value = knobs[pad][name];
        request("hello", [replyPort]);
        request("set_knob", value === null ? [pad, name] : [pad, name, value]);
    }
}

function sendKey() {
    var chosen = keyItem === "Off" ? "" : (keyItem === "Song" ? songRoot : keyItem);
    if (connected === true && replyPortWorks === true && (keyItem !== "Song" || songRoot)) {
        request("hello", [replyPort]);
        request("set_key", [chosen]);
    }
}

function sendSettings() {
    for (var pad in knobs) {
        for (var name in knobs[pad]) {
            sendKnob(pad, name);
        }
    }
    if (keyItem !== "Off") {
        sendKey();
    }
}

// Stored samples whose file is gone (the set was opened on another computer, or the file deleted): made
// again from their recipe once the daemon answers on this device's own port; exactly, or not at all.
function remakeMissing() {
    if (!connected || replyPortWorks !== true) {
        return;
    }
    for (var i = 0; i < PADS.length; i++) {
        var pad = PADS[i];
        if (missing[pad] === "waiting") {
            delete missing[pad];
            remake(pad, samples[pad], samples[pad].undo, true);
        }
    }
}

function remake(pad, entry, undoList, restoring) {
    var carried = { pad: pad, undo: undoList, restoring: restoring };
    var recipe = entry.recipe || {};
    if (recipe.weights) {
        ask(pad, "remake", [pad, JSON.stringify(recipe)], carried);
        note(pad, "missing", pad + ": " + entry.path + " is not on this computer: making it again from its recipe");
    } else if (recipe.seed >= 0) {  // stored by an older device: its seed alone, on the pad's model now
        ask(pad, "recall", [pad, recipe.seed], carried);
        note(pad, "missing", pad + ": " + entry.path + " is not on this computer: making seed " + recipe.seed
            + " again on the pad's model now (an older set: it may sound different)");
    } else {
        note(pad, "missing", pad + ": " + entry.path + " is not on this computer and its seed is not known: "
            + "press New");
    }
}

function request(name, args) {
    var address = PROTOCOL.prefix + "/" + name;
    var spec = find(PROTOCOL.requests, address);
    var problem = "";
    if (!spec) {
        problem = "the device's protocol has no request " + address + ": rebuild it with `make device`";
    } else if (args.length > spec.args.length) {
        problem = address + " takes " + spec.args.length + " arguments, got " + args.length;
    } else {
        for (var i = 0; i < args.length && !problem; i++) {
            if (!fits(spec.args[i], args[i])) {
                problem = address + " argument " + spec.args[i].name + " must be of type " + spec.args[i].type
                    + " in [" + spec.args[i].min + ", " + spec.args[i].max + "], got " + args[i];
            }
        }
    }
    if (problem) {
        lastError = problem;  // a bug of the device: shown, never thrown (a throw prints to the Max console)
        return false;
    }
    outlet(0, [address].concat(args));
    return true;
}

function takesPin(name, position) {
    var spec = find(PROTOCOL.requests, PROTOCOL.prefix + "/" + name);
    return spec !== null && position < spec.args.length && spec.args[position].name === "pin";
}

function find(messages, address) {
    for (var i = 0; i < messages.length; i++) {
        if (messages[i].address === address) {
            return messages[i];
        }
    }
    return null;
}

function fits(arg, value) {
    if (arg.type === "s" || (arg.type === "ns" && typeof value === "string")) {
        return typeof value === "string";
    }
    if (typeof value !== "number" || (arg.type === "i" && Math.floor(value) !== value)) {
        return false;
    }
    return (arg.min === null || value >= arg.min) && (arg.max === null || value <= arg.max);
}

function known(pad) {
    return notes.hasOwnProperty(pad);
}

function needSample(pad, what) {
    if (!samples[pad]) {
        note(pad, "error", pad + ": no sample " + what + " yet: press New");
        return false;
    }
    if (!fileExists(samples[pad].path)) {
        note(pad, "missing", pad + ": " + samples[pad].path + " is not on this computer");
        return false;
    }
    return true;
}

// ---- samples ------------------------------------------------------------------------------------

// A new sample, pinned by the daemon: play it, show its seed, and store it in the set (the pad's pattr)
// with the one it replaces at the end of the pad's undo list.
function take(request, path) {
    var pad = request.pad;
    var before = samples[pad];
    var undoList = request.undo;
    if (undoList === null) {
        undoList = before ? before.undo.concat([{ path: before.path, recipe: before.recipe }]) : [];
    }
    samples[pad] = { path: path, recipe: request.recipe, undo: undoList.slice(-UNDO_DEPTH), note: notes[pad] };
    if (request.restoring && request.made !== "recall") {
        note(pad, "idle", pad + ": " + before.path + " was not on this computer: made again exactly");
    } else if (request.restoring) {
        note(pad, "idle", pad + ": " + before.path + " was not on this computer: seed " + seedOf(request.recipe)
            + " made again on the pad's model now; it may sound different");
    }
    outlet(2, pad, "seed", seedOf(request.recipe));
    outlet(2, pad, "store", encode(samples[pad]));
    load(pad, path, !request.restoring);
}

// Undo: the previous sample of the set's own list, from its file, or made again where it is gone.
function undo(pad) {
    var sample = samples[pad];
    if (!sample || sample.undo.length === 0) {
        note(pad, "error", pad + ": nothing to undo");
        return;
    }
    var previous = sample.undo[sample.undo.length - 1];
    var rest = sample.undo.slice(0, -1);
    if (!fileExists(previous.path)) {
        remake(pad, previous, rest, false);
        return;
    }
    delete notices[pad];
    samples[pad] = { path: previous.path, recipe: previous.recipe, undo: rest, note: notes[pad] };
    outlet(2, pad, "seed", seedOf(previous.recipe));
    outlet(2, pad, "store", encode(samples[pad]));
    load(pad, previous.path, true);
    showStatus();
}

// Click-free load: fade the pad's voices out, and replace its buffer when the fade has ended. A new
// sample also replaces the Simpler's in Simpler mode; a restored one never does (the Simpler has its own).
function load(pad, path, toSimpler) {
    pendingLoads[pad] = path;
    outlet(2, pad, "fade");
    loaders[pad].schedule(FADE_WAIT_MS);
    if (useSimpler && toSimpler) {
        outlet(3, "replace", pad, notes[pad], path);
    }
}

function finishLoad(pad) {
    if (pendingLoads.hasOwnProperty(pad)) {
        outlet(2, pad, "buffer", "replace", pendingLoads[pad]);
        delete pendingLoads[pad];
    }
}

// What the set stores for a pad: one symbol (JSON, percent-encoded so that Max keeps it one atom).
function encode(sample) {
    return encodeURIComponent(JSON.stringify(sample));
}

function decode(args) {
    if (args.length >= 4) {  // an older device's: <path> <seed> <model> <sampler>
        return { path: maxPath(args[0]), recipe: { seed: Number(args[1]), model: String(args[2]),
            sampler: String(args[3]) }, undo: [] };
    }
    try {
        var stored = JSON.parse(decodeURIComponent(String(args[0])));
        return typeof stored.path === "string" ? { path: stored.path, recipe: stored.recipe || {},
            undo: stored.undo || [], note: stored.note } : null;
    } catch (e) {
        return null;
    }
}

function parseRecipe(text) {
    try {
        return JSON.parse(String(text));
    } catch (e) {
        return {};
    }
}

// A seed for the seed field: a Max int, never a float (a float32 loses seeds above 2^24).
function seedOf(recipe) {
    return recipe && recipe.seed >= 0 ? recipe.seed : 0;
}

function maxPath(path) {
    return String(path).replace(/\\/g, "/");  // Max wants forward slashes, also on Windows
}

function fileExists(path) {
    var file = new File(path, "read");
    var exists = file.isopen;
    file.close();
    return exists;
}

function applyOutput() {
    outlet(2, "output", useSimpler ? 0 : 1, OUTPUT_FADE_MS);
}

// ---- the players --------------------------------------------------------------------------------

function setPlayer(pad, name, value) {
    if (!known(pad)) {
        return;
    }
    player[pad][name] = value;
    if (started) {
        applyPlayer(pad);
    }
}

// Volume and pan become one gain per side (pan at the centre leaves both sides at the volume; towards
// one side the other side fades, as Live's own pan does for a stereo signal), tune a playback rate.
function applyPlayer(pad) {
    var settings = player[pad];
    var gain = settings.volume <= SILENT_DB ? 0 : Math.pow(10, settings.volume / 20);
    var position = Math.max(-1, Math.min(1, settings.pan / 50));
    outlet(2, pad, "gains", gain * Math.min(1, 1 - position), gain * Math.min(1, 1 + position));
    outlet(2, pad, "rate", Math.pow(2, settings.tune / 12));
    outlet(2, pad, "decay", settings.decay);
    outlet(2, pad, "choke", settings.choke);
}

// ---- connection, reply port and status ----------------------------------------------------------

// A reply port of this device's own: the daemon's default one with Take MIDI on (the daemon announces its
// MIDI and inbox samples there), else one of the dynamic ports, by chance. Nothing of it is stored: a copy
// of the device, or the set opened twice, finds its own.
function choosePort() {
    replyPort = takeMidi ? PROTOCOL.reply_port : PORTS[0] + Math.floor(Math.random() * (PORTS[1] - PORTS[0]));
    replyPortWorks = null;
    listen();
    showStatus();
}

// (Re)open the reply port and check that this device, not another program, receives on it: a probe
// sent to it must come back here.
function listen() {
    outlet(4, "reply", "port", replyPort);
    outlet(4, "probe", "port", replyPort);
    outlet(4, "probe", PROBE_ADDRESS, probeToken);
    probeBeats = 0;
}

function probed(token) {
    if (token === probeToken && replyPortWorks !== true) {
        probeBeats = -1;
        replyPortWorks = true;
        request("hello", [replyPort]);
        remakeMissing();
        showStatus();
    }  // another device's probe: it cannot open the port this one holds, and finds another itself
}

function beat() {
    if (silentBeats >= 2 && connected !== false) {
        connected = false;
        inflight = {};  // their answers will not come: the pads are not left busy
        outlet(2, "connection", 0);
        showStatus();
    }
    if (probeBeats >= 0 && ++probeBeats >= 2) {  // a whole period without our probe back: the port is taken
        if (takeMidi) {
            replyPortWorks = false;
            listen();  // the default port: try it again, in case it was freed meanwhile
        } else {
            choosePort();
        }
        showStatus();
    }
    silentBeats++;
    beats++;
    if (replyPort) {
        request("hello", [replyPort]);
        request("status", []);
    }
}

// Each pad's state on the pad, one short status line, and the long story in the status line's Info View.
function showStatus() {
    var short = [];
    var long = [];
    if (replyPortWorks === false) {
        short.push("reply port " + replyPort + " taken");
        long.push("Take MIDI needs the daemon's reply port " + replyPort + ", which another program or PadFusion "
            + "device holds; only one device can take the daemon's MIDI and inbox samples.");
    } else if (connected === null || replyPortWorks !== true) {  // "connected" means a press can be sent
        short.push("connecting...");
    } else if (connected) {
        short.push(daemonDevice ? "connected (" + daemonDevice + ")" : "connected");
    } else {
        short.push("daemon not running");
        long.push(NOT_RUNNING + " (see README), and check the device's Host and Port.");
    }
    if (lastError) {
        short.push("error");
        long.push(lastError);
    }
    for (var i = 0; i < PADS.length; i++) {
        var pad = PADS[i];
        var doing = busy(pad);
        var state = doing || (notices[pad] ? notices[pad].state : (samples[pad] ? "idle" : "empty"));
        show(pad, doing ? doing + "..." : state);
        if (notices[pad]) {
            long.push(notices[pad].text);
        }
    }
    if (lastSample) {
        short.push("last " + lastSample.pad + " " + Math.round(lastSample.ms) + " ms");
    }
    if (long.length) {
        short.push("more in the Info View");
    }
    show("status", short.join(" | "));
    show("info", long.length ? long.join("\n") : "What PadFusion is doing. Each pad shows its own state above "
        + "its waveform: empty, idle, making, missing (its file is not here) or error; hover it for why.");
    show("port", replyPort ? "Reply " + replyPort : "Reply -");
}

function show(what, text) {
    if (shown[what] !== text) {
        shown[what] = text;
        if (what === "status" || what === "info" || what === "port") {
            outlet(1, what, text);
        } else {
            outlet(2, what, "state", text);
        }
    }
}

function note(pad, state, text) {
    notices[pad] = { state: state, text: text };
    showStatus();
}

// Helpers, not messages: Max does not call functions marked local.
sendKnob.local = sendKey.local = sendSettings.local = 1;
reply.local = setNote.local = ask.local = answer.local = forget.local = busy.local = remakeMissing.local = 1;
remake.local = request.local = find.local = fits.local = known.local = needSample.local = take.local = 1;
undo.local = load.local = finishLoad.local = encode.local = decode.local = parseRecipe.local = seedOf.local = 1;
maxPath.local = fileExists.local = applyOutput.local = setPlayer.local = applyPlayer.local = 1;
choosePort.local = listen.local = probed.local = beat.local = showStatus.local = show.local = note.local = 1;
