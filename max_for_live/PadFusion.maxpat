{
	"patcher": {
		"fileversion": 1,
		"appversion": {
			"major": 8,
			"minor": 6,
			"revision": 0,
			"architecture": "x64",
			"modernui": 1
		},
		"classnamespace": "box",
		"rect": [60.0, 80.0, 1400.0, 1100.0],
		"openrect": [0.0, 0.0, 656.0, 169.0],
		"devicewidth": 656.0,
		"openinpresentation": 1,
		"default_fontsize": 10.0,
		"default_fontface": 0,
		"default_fontname": "Arial Bold",
		"gridsize": [8.0, 8.0],
		"description": "PadFusion: new kick, snare, hi-hat and percussion one-shots from the PadFusion daemon, played from MIDI notes.",
		"digest": "Fresh drum one-shots from a local diffusion model",
		"tags": "drums sampler generative osc",
		"latency": 0,
		"is_mpe": 0,
		"platform_compatibility": 0,
		"autosave": 0,
		"project": {
			"version": 1,
			"creationdate": 3590052493,
			"modificationdate": 3590052493,
			"viewrect": [0.0, 0.0, 300.0, 500.0],
			"autoorganize": 1,
			"hideprojectwindow": 1,
			"showdependencies": 1,
			"autolocalize": 0,
			"contents": {
				"patchers": {},
				"code": {}
			},
			"layout": {},
			"searchpath": {},
			"detailsvisible": 0,
			"amxdtype": 1768515945,
			"readonly": 0,
			"devpathtype": 0,
			"devpath": ".",
			"sortmode": 0,
			"viewmode": 0,
			"includepackages": 0
		},
		"dependency_cache": [
			{
				"name": "liveapi_sampler.js",
				"type": "TEXT",
				"implicit": 1
			},
			{
				"name": "padfusion.js",
				"type": "TEXT",
				"implicit": 1
			}
		],
		"parameters": {
			"connection": ["Daemon Connection", "Daemon", 0],
			"steps": ["Steps", "Steps", 0],
			"strength": ["Variation Strength", "Variation", 0],
			"target": ["Sample Target", "Target", 0],
			"key": ["Song Key", "Key", 0],
			"take_midi": ["Take MIDI Samples", "Take MIDI", 0],
			"sound": ["Show Knobs", "Knobs", 0],
			"build_rack": ["Build Drum Rack", "Build Rack", 0],
			"osc_port": ["Daemon Port", "OSC Port", 0],
			"host-stored": ["Daemon Host", "Host", 0],
			"kick-new": ["Kick New", "New", 0],
			"kick-variation": ["Kick Variation", "Var", 0],
			"kick-undo": ["Kick Undo", "Undo", 0],
			"kick-keep": ["Kick Keep", "Keep", 0],
			"kick-clip": ["Kick Clip", "Clip", 0],
			"kick-choke": ["Kick Choke", "Choke", 0],
			"kick-volume": ["Kick Volume", "Vol", 0],
			"kick-tune": ["Kick Tune", "Tune", 0],
			"kick-decay": ["Kick Decay", "Decay", 0],
			"kick-pan": ["Kick Pan", "Pan", 0],
			"kick-knob-pitch": ["Kick Sound Pitch", "Pitch", 0],
			"kick-knob-decay": ["Kick Sound Decay", "Decay", 0],
			"kick-knob-punch": ["Kick Sound Punch", "Punch", 0],
			"kick-knob-brightness": ["Kick Sound Brightness", "Brightness", 0],
			"kick-sample": ["Kick Sample", "Sample", 0],
			"snare-new": ["Snare New", "New", 0],
			"snare-variation": ["Snare Variation", "Var", 0],
			"snare-undo": ["Snare Undo", "Undo", 0],
			"snare-keep": ["Snare Keep", "Keep", 0],
			"snare-clip": ["Snare Clip", "Clip", 0],
			"snare-choke": ["Snare Choke", "Choke", 0],
			"snare-volume": ["Snare Volume", "Vol", 0],
			"snare-tune": ["Snare Tune", "Tune", 0],
			"snare-decay": ["Snare Decay", "Decay", 0],
			"snare-pan": ["Snare Pan", "Pan", 0],
			"snare-knob-decay": ["Snare Sound Decay", "Decay", 0],
			"snare-knob-brightness": ["Snare Sound Brightness", "Brightness", 0],
			"snare-knob-tone": ["Snare Sound Tone", "Tone", 0],
			"snare-sample": ["Snare Sample", "Sample", 0],
			"hihat-new": ["Hi-hat New", "New", 0],
			"hihat-variation": ["Hi-hat Variation", "Var", 0],
			"hihat-undo": ["Hi-hat Undo", "Undo", 0],
			"hihat-keep": ["Hi-hat Keep", "Keep", 0],
			"hihat-clip": ["Hi-hat Clip", "Clip", 0],
			"hihat-choke": ["Hi-hat Choke", "Choke", 0],
			"hihat-volume": ["Hi-hat Volume", "Vol", 0],
			"hihat-tune": ["Hi-hat Tune", "Tune", 0],
			"hihat-decay": ["Hi-hat Decay", "Decay", 0],
			"hihat-pan": ["Hi-hat Pan", "Pan", 0],
			"hihat-knob-decay": ["Hi-hat Sound Decay", "Decay", 0],
			"hihat-knob-brightness": ["Hi-hat Sound Brightness", "Brightness", 0],
			"hihat-sample": ["Hi-hat Sample", "Sample", 0],
			"perc-new": ["Perc New", "New", 0],
			"perc-variation": ["Perc Variation", "Var", 0],
			"perc-undo": ["Perc Undo", "Undo", 0],
			"perc-keep": ["Perc Keep", "Keep", 0],
			"perc-clip": ["Perc Clip", "Clip", 0],
			"perc-choke": ["Perc Choke", "Choke", 0],
			"perc-volume": ["Perc Volume", "Vol", 0],
			"perc-tune": ["Perc Tune", "Tune", 0],
			"perc-decay": ["Perc Decay", "Decay", 0],
			"perc-pan": ["Perc Pan", "Pan", 0],
			"perc-knob-pitch": ["Perc Sound Pitch", "Pitch", 0],
			"perc-knob-decay": ["Perc Sound Decay", "Decay", 0],
			"perc-knob-brightness": ["Perc Sound Brightness", "Brightness", 0],
			"perc-sample": ["Perc Sample", "Sample", 0],
			"parameterbanks": {
				"0": {
					"index": 0,
					"name": "Kick & Snare",
					"parameters": ["Kick Volume", "Kick Tune", "Kick Decay", "Kick Pan", "Snare Volume", "Snare Tune", "Snare Decay", "Snare Pan"]
				},
				"1": {
					"index": 1,
					"name": "Hat & Perc",
					"parameters": ["Hi-hat Volume", "Hi-hat Tune", "Hi-hat Decay", "Hi-hat Pan", "Perc Volume", "Perc Tune", "Perc Decay", "Perc Pan"]
				},
				"2": {
					"index": 2,
					"name": "Make",
					"parameters": ["Steps", "Variation Strength", "Sample Target", "Kick Choke", "Snare Choke", "Hi-hat Choke", "Perc Choke", "-"]
				}
			},
			"inherited_shortname": 1
		},
		"boxes": [
			{
				"box": {
					"id": "thisdevice",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 3,
					"patching_rect": [40, 20, 90, 22],
					"outlettype": ["bang", "int", "int"],
					"text": "live.thisdevice"
				}
			},
			{
				"box": {
					"id": "init",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [40, 50, 32, 22],
					"outlettype": [""],
					"text": "init"
				}
			},
			{
				"box": {
					"id": "logic",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 5,
					"patching_rect": [40, 200, 520, 22],
					"outlettype": ["", "", "", "", ""],
					"text": "js padfusion.js",
					"saved_object_attributes": {
						"filename": "padfusion.js",
						"parameter_enable": 0
					}
				}
			},
			{
				"box": {
					"id": "udpsend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [40, 240, 140, 22],
					"text": "udpsend 127.0.0.1 9123"
				}
			},
			{
				"box": {
					"id": "udpreceive",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [160, 20, 100, 22],
					"outlettype": [""],
					"text": "udpreceive 9124"
				}
			},
			{
				"box": {
					"id": "network",
					"maxclass": "newobj",
					"numinlets": 4,
					"numoutlets": 4,
					"patching_rect": [200, 240, 140, 22],
					"outlettype": ["", "", "", ""],
					"text": "route daemon reply probe"
				}
			},
			{
				"box": {
					"id": "probe",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [320, 270, 140, 22],
					"text": "udpsend 127.0.0.1 9124"
				}
			},
			{
				"box": {
					"id": "defer",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [480, 240, 60, 22],
					"outlettype": [""],
					"text": "deferlow"
				}
			},
			{
				"box": {
					"id": "simpler",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [480, 270, 130, 22],
					"outlettype": [""],
					"text": "js liveapi_sampler.js",
					"saved_object_attributes": {
						"filename": "liveapi_sampler.js",
						"parameter_enable": 0
					}
				}
			},
			{
				"box": {
					"id": "texts",
					"maxclass": "newobj",
					"numinlets": 4,
					"numoutlets": 4,
					"patching_rect": [40, 270, 160, 22],
					"outlettype": ["", "", "", ""],
					"text": "route status info port"
				}
			},
			{
				"box": {
					"id": "status",
					"maxclass": "live.comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [40, 300, 400, 18],
					"text": "connecting...",
					"textjustification": 0,
					"fontname": "Ableton Sans Medium",
					"fontsize": 9.0,
					"presentation": 1,
					"presentation_rect": [8, 148, 640, 18],
					"annotation": "What PadFusion is doing: the connection to the daemon and the time the last sample took; the details (why a pad is missing its sample, the daemon's errors) are here, in the Info View."
				}
			},
			{
				"box": {
					"id": "status-set",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [40, 330, 70, 22],
					"outlettype": [""],
					"text": "prepend set"
				}
			},
			{
				"box": {
					"id": "status-info",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [120, 330, 150, 22],
					"outlettype": [""],
					"text": "prepend sendbox annotation"
				}
			},
			{
				"box": {
					"id": "midiin",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [40, 360, 46, 22],
					"outlettype": ["int"],
					"text": "midiin"
				}
			},
			{
				"box": {
					"id": "midiparse",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 8,
					"patching_rect": [40, 390, 90, 22],
					"outlettype": ["", "", "", "int", "int", "", "int", ""],
					"text": "midiparse"
				}
			},
			{
				"box": {
					"id": "stripnote",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [40, 420, 60, 22],
					"outlettype": ["int", "int"],
					"text": "stripnote"
				}
			},
			{
				"box": {
					"id": "players",
					"maxclass": "newobj",
					"numinlets": 7,
					"numoutlets": 7,
					"patching_rect": [40, 330, 520, 22],
					"outlettype": ["", "", "", "", "", "", ""],
					"text": "route kick snare hihat perc output connection"
				}
			},
			{
				"box": {
					"id": "output-gain",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [40, 1400, 40, 22],
					"outlettype": ["signal", "bang"],
					"text": "line~"
				}
			},
			{
				"box": {
					"id": "output-left",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [40, 1440, 40, 22],
					"outlettype": ["signal"],
					"text": "*~"
				}
			},
			{
				"box": {
					"id": "output-right",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [100, 1440, 40, 22],
					"outlettype": ["signal"],
					"text": "*~"
				}
			},
			{
				"box": {
					"id": "plugout",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [40, 1480, 60, 22],
					"outlettype": ["signal", "signal"],
					"text": "plugout~"
				}
			},
			{
				"box": {
					"id": "connection",
					"maxclass": "live.text",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [600, 20, 96, 16],
					"outlettype": ["", ""],
					"parameter_enable": 1,
					"presentation": 1,
					"presentation_rect": [552, 4, 96, 16],
					"annotation": "Lit while the PadFusion daemon answers. Dark: start it with `padfusion serve`, or check the ports below.",
					"annotation_name": "Daemon Connection",
					"varname": "connection",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_annotation_name": "Daemon Connection",
							"parameter_invisible": 2,
							"parameter_longname": "Daemon Connection",
							"parameter_shortname": "Daemon",
							"parameter_type": 2,
							"parameter_enum": ["off", "on"],
							"parameter_mmax": 1.0,
							"parameter_modmode": 4
						}
					},
					"mode": 1,
					"ignoreclick": 1,
					"text": "Daemon",
					"texton": "Daemon"
				}
			},
			{
				"box": {
					"id": "connection-set",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [600, 0, 50, 22],
					"outlettype": [""],
					"text": "set $1"
				}
			},
			{
				"box": {
					"id": "steps",
					"maxclass": "live.dial",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [700, 20, 44, 44],
					"outlettype": ["", "float"],
					"parameter_enable": 1,
					"presentation": 1,
					"presentation_rect": [552, 22, 44, 44],
					"annotation": "Sampler steps for New: more steps, finer detail, slower. 0 uses the pad's default from the daemon's preset.",
					"annotation_name": "Steps",
					"varname": "steps",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_annotation_name": "Steps",
							"parameter_invisible": 0,
							"parameter_longname": "Steps",
							"parameter_shortname": "Steps",
							"parameter_type": 1,
							"parameter_mmin": 0.0,
							"parameter_mmax": 100.0,
							"parameter_initial": [0.0],
							"parameter_initial_enable": 1,
							"parameter_unitstyle": 0,
							"parameter_modmode": 4
						}
					}
				}
			},
			{
				"box": {
					"id": "steps-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [700, 80, 100, 22],
					"outlettype": [""],
					"text": "prepend steps"
				}
			},
			{
				"box": {
					"id": "strength",
					"maxclass": "live.dial",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [810, 20, 44, 44],
					"outlettype": ["", "float"],
					"parameter_enable": 1,
					"presentation": 1,
					"presentation_rect": [604, 22, 44, 44],
					"annotation": "How far a variation strays from the current sample: low values keep its character, 100 % is a new sample.",
					"annotation_name": "Variation Strength",
					"varname": "strength",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_annotation_name": "Variation Strength",
							"parameter_invisible": 0,
							"parameter_longname": "Variation Strength",
							"parameter_shortname": "Variation",
							"parameter_type": 0,
							"parameter_mmin": 1.0,
							"parameter_mmax": 100.0,
							"parameter_initial": [30.0],
							"parameter_initial_enable": 1,
							"parameter_unitstyle": 5,
							"parameter_modmode": 2
						}
					}
				}
			},
			{
				"box": {
					"id": "strength-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [810, 80, 100, 22],
					"outlettype": [""],
					"text": "prepend strength"
				}
			},
			{
				"box": {
					"id": "target",
					"maxclass": "live.text",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [920, 20, 46, 16],
					"outlettype": ["", ""],
					"parameter_enable": 1,
					"presentation": 1,
					"presentation_rect": [552, 68, 46, 16],
					"annotation": "Where new samples go. Own players: PadFusion plays them. To Simpler (Live 12.4 or later): each new sample replaces the one in the Simpler on the matching pad of the first Drum Rack on this track, and PadFusion's own output is muted.",
					"annotation_name": "Sample Target",
					"varname": "target",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_annotation_name": "Sample Target",
							"parameter_invisible": 0,
							"parameter_longname": "Sample Target",
							"parameter_shortname": "Target",
							"parameter_type": 2,
							"parameter_enum": ["Own players", "To Simpler"],
							"parameter_mmax": 1.0,
							"parameter_modmode": 4
						}
					},
					"mode": 1,
					"text": "Players",
					"texton": "Simpler"
				}
			},
			{
				"box": {
					"id": "target-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [920, 80, 100, 22],
					"outlettype": [""],
					"text": "prepend target"
				}
			},
			{
				"box": {
					"id": "key",
					"maxclass": "live.menu",
					"numinlets": 1,
					"numoutlets": 3,
					"patching_rect": [1030, 20, 46, 16],
					"outlettype": ["", "", "float"],
					"parameter_enable": 1,
					"presentation": 1,
					"presentation_rect": [602, 68, 46, 16],
					"annotation": "The key the pads' tonal samples are tuned to (their later presses): Off for none, Song to follow Live's song root (Live 12's Scale; observed as it changes), or a pitch class set by hand (Live 11). Saved with the Live set.",
					"annotation_name": "Song Key",
					"varname": "key",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_annotation_name": "Song Key",
							"parameter_invisible": 1,
							"parameter_longname": "Song Key",
							"parameter_shortname": "Key",
							"parameter_type": 2,
							"parameter_enum": ["Off", "Song", "C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"],
							"parameter_mmax": 13.0,
							"parameter_modmode": 0
						}
					}
				}
			},
			{
				"box": {
					"id": "key-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [1030, 80, 100, 22],
					"outlettype": [""],
					"text": "prepend key"
				}
			},
			{
				"box": {
					"id": "take_midi",
					"maxclass": "live.text",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [1140, 20, 30, 16],
					"outlettype": ["", ""],
					"parameter_enable": 1,
					"presentation": 1,
					"presentation_rect": [552, 86, 30, 16],
					"annotation": "On: this device listens on the daemon's default reply port and takes the samples made from the daemon's MIDI input and inbox too. Only one device can; off, a device takes only its own. Saved with the Live set.",
					"annotation_name": "Take MIDI Samples",
					"varname": "take_midi",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_annotation_name": "Take MIDI Samples",
							"parameter_invisible": 1,
							"parameter_longname": "Take MIDI Samples",
							"parameter_shortname": "Take MIDI",
							"parameter_type": 2,
							"parameter_enum": ["Off", "On"],
							"parameter_mmax": 1.0,
							"parameter_modmode": 4
						}
					},
					"mode": 1,
					"text": "MIDI",
					"texton": "MIDI"
				}
			},
			{
				"box": {
					"id": "take_midi-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [1140, 80, 100, 22],
					"outlettype": [""],
					"text": "prepend take_midi"
				}
			},
			{
				"box": {
					"id": "sound",
					"maxclass": "live.text",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [1250, 20, 32, 16],
					"outlettype": ["", ""],
					"parameter_enable": 1,
					"presentation": 1,
					"presentation_rect": [584, 86, 32, 16],
					"annotation": "Show each pad's sound knobs (pitch, decay, punch, brightness, tone, as its instrument has them) in place of its Vol, Tune, Decay and Pan dials. A knob steers what the daemon makes on the pad's later presses; at its leftmost it is free (the model's choice).",
					"annotation_name": "Show Knobs",
					"varname": "sound",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_annotation_name": "Show Knobs",
							"parameter_invisible": 2,
							"parameter_longname": "Show Knobs",
							"parameter_shortname": "Knobs",
							"parameter_type": 2,
							"parameter_enum": ["Players", "Knobs"],
							"parameter_mmax": 1.0,
							"parameter_modmode": 4
						}
					},
					"mode": 1,
					"text": "Knobs",
					"texton": "Knobs"
				}
			},
			{
				"box": {
					"id": "build_rack",
					"maxclass": "live.text",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [1360, 20, 30, 16],
					"outlettype": ["", ""],
					"parameter_enable": 1,
					"presentation": 1,
					"presentation_rect": [618, 86, 30, 16],
					"annotation": "Put each pad's sample into a Simpler on the matching pad of a Drum Rack on this track: a new Drum Rack after this device where Live can make one (Live 12.3 or later), else the first Drum Rack on the track. Acts when the mouse button is released.",
					"annotation_name": "Build Drum Rack",
					"varname": "build_rack",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_annotation_name": "Build Drum Rack",
							"parameter_invisible": 2,
							"parameter_longname": "Build Drum Rack",
							"parameter_shortname": "Build Rack",
							"parameter_type": 2,
							"parameter_enum": ["off", "on"],
							"parameter_mmax": 1.0,
							"parameter_modmode": 4
						}
					},
					"mode": 0,
					"outputmode": 1,
					"text": "Rack",
					"texton": "Rack"
				}
			},
			{
				"box": {
					"id": "build_rack-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [1360, 80, 100, 22],
					"outlettype": [""],
					"text": "prepend build_rack"
				}
			},
			{
				"box": {
					"id": "osc_port",
					"maxclass": "live.numbox",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [1470, 20, 44, 16],
					"outlettype": ["", "float"],
					"parameter_enable": 1,
					"presentation": 1,
					"presentation_rect": [552, 122, 44, 16],
					"annotation": "The UDP port the daemon listens on (its --osc-port, 9123 unless you changed it). Saved with the Live set.",
					"annotation_name": "Daemon Port",
					"varname": "osc_port",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_annotation_name": "Daemon Port",
							"parameter_invisible": 1,
							"parameter_longname": "Daemon Port",
							"parameter_shortname": "OSC Port",
							"parameter_type": 0,
							"parameter_mmin": 1024.0,
							"parameter_mmax": 65535.0,
							"parameter_initial": [9123.0],
							"parameter_initial_enable": 1,
							"parameter_unitstyle": 0,
							"parameter_modmode": 0
						}
					}
				}
			},
			{
				"box": {
					"id": "osc_port-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [1470, 80, 100, 22],
					"outlettype": [""],
					"text": "prepend osc_port"
				}
			},
			{
				"box": {
					"id": "view",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [1300, 140, 80, 22],
					"outlettype": ["", ""],
					"text": "thispatcher"
				}
			},
			{
				"box": {
					"id": "sound-players",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [1300, 80, 40, 22],
					"outlettype": ["int"],
					"text": "t i"
				}
			},
			{
				"box": {
					"id": "sound-knobs",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [1360, 80, 40, 22],
					"outlettype": ["int"],
					"text": "!- 1"
				}
			},
			{
				"box": {
					"id": "host",
					"maxclass": "textedit",
					"numinlets": 1,
					"numoutlets": 4,
					"patching_rect": [700, 140, 96, 16],
					"outlettype": ["", "int", "", "bang"],
					"presentation": 1,
					"presentation_rect": [552, 104, 96, 16],
					"text": "127.0.0.1",
					"fontname": "Ableton Sans Medium",
					"fontsize": 9.0,
					"lines": 1,
					"keymode": 1,
					"annotation": "The computer the daemon runs on: 127.0.0.1 (this one) unless it runs on another computer of the studio, whose output folder this one must then reach at the same path. Type and press Return. Saved with the Live set.",
					"annotation_name": "Daemon Host"
				}
			},
			{
				"box": {
					"id": "host-text",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [700, 170, 60, 22],
					"outlettype": ["", ""],
					"text": "route text"
				}
			},
			{
				"box": {
					"id": "host-stored",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 3,
					"patching_rect": [700, 200, 110, 22],
					"outlettype": ["", "", ""],
					"text": "pattr daemon_host",
					"varname": "daemon_host",
					"saved_object_attributes": {
						"parameter_enable": 1,
						"parameter_mappable": 0
					},
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_invisible": 1,
							"parameter_longname": "Daemon Host",
							"parameter_shortname": "Host",
							"parameter_type": 3,
							"parameter_annotation_name": "Daemon Host"
						}
					},
					"annotation": "The daemon's host, saved with the Live set."
				}
			},
			{
				"box": {
					"id": "host-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [820, 200, 80, 22],
					"outlettype": [""],
					"text": "prepend host"
				}
			},
			{
				"box": {
					"id": "host-show",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [820, 170, 70, 22],
					"outlettype": [""],
					"text": "prepend set"
				}
			},
			{
				"box": {
					"id": "port",
					"maxclass": "live.comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [820, 110, 48, 18],
					"text": "Reply -",
					"textjustification": 0,
					"fontname": "Ableton Sans Medium",
					"fontsize": 9.0,
					"presentation": 1,
					"presentation_rect": [600, 122, 48, 16],
					"annotation": "The port this device hears the daemon's answers on: found by the device itself each time the set opens (a free one, so that every PadFusion device in a set has its own), or the daemon's default reply port, 9124, with Take MIDI on."
				}
			},
			{
				"box": {
					"id": "port-set",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [820, 80, 70, 22],
					"outlettype": [""],
					"text": "prepend set"
				}
			},
			{
				"box": {
					"id": "kick-control",
					"maxclass": "newobj",
					"numinlets": 12,
					"numoutlets": 12,
					"patching_rect": [40, 360, 280, 22],
					"outlettype": ["", "", "", "", "", "", "", "", "", "", "", ""],
					"text": "route fade buffer note gains rate decay choke seed store state hit"
				}
			},
			{
				"box": {
					"id": "kick-is",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [40, 460, 40, 22],
					"outlettype": ["int"],
					"text": "== 36"
				}
			},
			{
				"box": {
					"id": "kick-sel",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [40, 490, 40, 22],
					"outlettype": ["bang", ""],
					"text": "sel 1"
				}
			},
			{
				"box": {
					"id": "kick-velocity",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [40, 520, 30, 22],
					"outlettype": ["int"],
					"text": "i"
				}
			},
			{
				"box": {
					"id": "kick-hit",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 4,
					"patching_rect": [40, 550, 80, 22],
					"outlettype": ["int", "bang", "bang", "bang"],
					"text": "t i b b b"
				}
			},
			{
				"box": {
					"id": "kick-choke-send-gate",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [160, 580, 40, 22],
					"outlettype": [""],
					"text": "gate"
				}
			},
			{
				"box": {
					"id": "kick-choke-name",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [160, 610, 50, 22],
					"outlettype": [""],
					"text": "kick"
				}
			},
			{
				"box": {
					"id": "kick-choke-send",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [160, 640, 70, 22],
					"text": "s ---choke"
				}
			},
			{
				"box": {
					"id": "kick-choke-receive",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [240, 580, 70, 22],
					"outlettype": [""],
					"text": "r ---choke"
				}
			},
			{
				"box": {
					"id": "kick-choke-other",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [240, 610, 70, 22],
					"outlettype": ["", ""],
					"text": "route kick"
				}
			},
			{
				"box": {
					"id": "kick-choke-receive-gate",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [240, 640, 40, 22],
					"outlettype": [""],
					"text": "gate"
				}
			},
			{
				"box": {
					"id": "kick-choked",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [240, 670, 30, 22],
					"outlettype": ["bang"],
					"text": "t b"
				}
			},
			{
				"box": {
					"id": "kick-fade",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [100, 700, 40, 22],
					"outlettype": [""],
					"text": "0 5"
				}
			},
			{
				"box": {
					"id": "kick-voice",
					"maxclass": "newobj",
					"numinlets": 4,
					"numoutlets": 4,
					"patching_rect": [100, 610, 70, 22],
					"outlettype": ["int", "", "", "int"],
					"text": "counter 1 2"
				}
			},
			{
				"box": {
					"id": "kick-level",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [40, 610, 46, 22],
					"outlettype": ["float"],
					"text": "/ 127."
				}
			},
			{
				"box": {
					"id": "kick-envelope",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [40, 640, 70, 22],
					"outlettype": [""],
					"text": "pack f 1000."
				}
			},
			{
				"box": {
					"id": "kick-envelope-message",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [40, 670, 110, 22],
					"outlettype": [""],
					"text": "$1 0 $1 $2 0 20"
				}
			},
			{
				"box": {
					"id": "kick-voices",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [40, 730, 50, 22],
					"outlettype": ["", ""],
					"text": "gate 2"
				}
			},
			{
				"box": {
					"id": "kick-buffer",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [200, 400, 100, 22],
					"outlettype": ["float", "bang"],
					"text": "buffer~ ---kick"
				}
			},
			{
				"box": {
					"id": "kick-rate",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [200, 760, 50, 22],
					"outlettype": ["signal"],
					"text": "sig~ 1."
				}
			},
			{
				"box": {
					"id": "kick-left",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [40, 960, 40, 22],
					"outlettype": ["signal"],
					"text": "*~"
				}
			},
			{
				"box": {
					"id": "kick-right",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [100, 960, 40, 22],
					"outlettype": ["signal"],
					"text": "*~"
				}
			},
			{
				"box": {
					"id": "kick-a-start",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [40, 790, 40, 22],
					"outlettype": ["", "bang"],
					"text": "t l b"
				}
			},
			{
				"box": {
					"id": "kick-a-rewind",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [90, 820, 30, 22],
					"outlettype": [""],
					"text": "0"
				}
			},
			{
				"box": {
					"id": "kick-a-play",
					"maxclass": "newobj",
					"numinlets": 3,
					"numoutlets": 3,
					"patching_rect": [40, 860, 110, 22],
					"outlettype": ["signal", "signal", "signal"],
					"text": "groove~ ---kick 2"
				}
			},
			{
				"box": {
					"id": "kick-a-envelope",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [100, 890, 40, 22],
					"outlettype": ["signal", "bang"],
					"text": "line~"
				}
			},
			{
				"box": {
					"id": "kick-a-left",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [40, 920, 40, 22],
					"outlettype": ["signal"],
					"text": "*~"
				}
			},
			{
				"box": {
					"id": "kick-a-right",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [90, 920, 40, 22],
					"outlettype": ["signal"],
					"text": "*~"
				}
			},
			{
				"box": {
					"id": "kick-b-start",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [170, 790, 40, 22],
					"outlettype": ["", "bang"],
					"text": "t l b"
				}
			},
			{
				"box": {
					"id": "kick-b-rewind",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [220, 820, 30, 22],
					"outlettype": [""],
					"text": "0"
				}
			},
			{
				"box": {
					"id": "kick-b-play",
					"maxclass": "newobj",
					"numinlets": 3,
					"numoutlets": 3,
					"patching_rect": [170, 860, 110, 22],
					"outlettype": ["signal", "signal", "signal"],
					"text": "groove~ ---kick 2"
				}
			},
			{
				"box": {
					"id": "kick-b-envelope",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [230, 890, 40, 22],
					"outlettype": ["signal", "bang"],
					"text": "line~"
				}
			},
			{
				"box": {
					"id": "kick-b-left",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [170, 920, 40, 22],
					"outlettype": ["signal"],
					"text": "*~"
				}
			},
			{
				"box": {
					"id": "kick-b-right",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [220, 920, 40, 22],
					"outlettype": ["signal"],
					"text": "*~"
				}
			},
			{
				"box": {
					"id": "kick-faded",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [240, 890, 80, 22],
					"outlettype": [""],
					"text": "faded kick"
				}
			},
			{
				"box": {
					"id": "kick-gains",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [200, 880, 70, 22],
					"outlettype": ["float", "float"],
					"text": "unpack f f"
				}
			},
			{
				"box": {
					"id": "kick-gain-left-ramp",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [200, 910, 40, 22],
					"outlettype": [""],
					"text": "$1 20"
				}
			},
			{
				"box": {
					"id": "kick-gain-left",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [200, 935, 40, 22],
					"outlettype": ["signal", "bang"],
					"text": "line~"
				}
			},
			{
				"box": {
					"id": "kick-gain-right-ramp",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [260, 910, 40, 22],
					"outlettype": [""],
					"text": "$1 20"
				}
			},
			{
				"box": {
					"id": "kick-gain-right",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [260, 935, 40, 22],
					"outlettype": ["signal", "bang"],
					"text": "line~"
				}
			},
			{
				"box": {
					"id": "kick-name",
					"maxclass": "live.comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [40, 1000, 80, 18],
					"text": "Kick",
					"textjustification": 0,
					"fontname": "Ableton Sans Medium",
					"fontsize": 9.0,
					"presentation": 1,
					"presentation_rect": [8, 2, 56, 16],
					"annotation": "The kick pad, played by MIDI note 36 until the daemon's preset says otherwise."
				}
			},
			{
				"box": {
					"id": "kick-state",
					"maxclass": "live.comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [130, 1000, 70, 18],
					"text": "empty",
					"textjustification": 0,
					"fontname": "Ableton Sans Medium",
					"fontsize": 9.0,
					"presentation": 1,
					"presentation_rect": [64, 2, 72, 16],
					"annotation": "The kick pad's state: empty (no sample yet), idle, making (the daemon is at work), missing (the set's file is not on this computer) or error. The status line's Info View says why."
				}
			},
			{
				"box": {
					"id": "kick-state-set",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [130, 970, 70, 22],
					"outlettype": [""],
					"text": "prepend set"
				}
			},
			{
				"box": {
					"id": "kick-waveform",
					"maxclass": "waveform~",
					"numinlets": 5,
					"numoutlets": 6,
					"patching_rect": [40, 1030, 128, 38],
					"outlettype": ["float", "float", "float", "float", "list", ""],
					"presentation": 1,
					"presentation_rect": [8, 18, 128, 38],
					"ignoreclick": 1,
					"annotation": "The current kick sample. Click it to hear it.",
					"annotation_name": "Kick Waveform",
					"saved_attribute_attributes": {
						"bgcolor": {
							"expression": "themecolor.live_display_bg"
						},
						"waveformcolor": {
							"expression": "themecolor.live_display_handle_one"
						}
					}
				}
			},
			{
				"box": {
					"id": "kick-show",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [200, 430, 110, 22],
					"outlettype": [""],
					"text": "loadmess set ---kick"
				}
			},
			{
				"box": {
					"id": "kick-audition",
					"maxclass": "ubutton",
					"numinlets": 1,
					"numoutlets": 4,
					"patching_rect": [180, 1030, 128, 38],
					"outlettype": ["bang", "bang", "", "int"],
					"presentation": 1,
					"presentation_rect": [8, 18, 128, 38],
					"annotation": "Click to hear the kick pad at velocity 100 (it plays as the mouse button goes down; in Simpler mode too, through PadFusion's own player of the same sample).",
					"annotation_name": "Audition Kick"
				}
			},
			{
				"box": {
					"id": "kick-audition-message",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [180, 1075, 80, 22],
					"outlettype": [""],
					"text": "audition kick"
				}
			},
			{
				"box": {
					"id": "kick-new",
					"maxclass": "live.text",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [40, 1100, 30, 16],
					"outlettype": ["", ""],
					"parameter_enable": 1,
					"presentation": 1,
					"presentation_rect": [8, 60, 24, 16],
					"annotation": "Make a new kick sample (the Steps dial applies). Acts when the mouse button is released.",
					"annotation_name": "Kick New",
					"varname": "kick-new",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_annotation_name": "Kick New",
							"parameter_invisible": 2,
							"parameter_longname": "Kick New",
							"parameter_shortname": "New",
							"parameter_type": 2,
							"parameter_enum": ["off", "on"],
							"parameter_mmax": 1.0,
							"parameter_modmode": 4
						}
					},
					"mode": 0,
					"outputmode": 1,
					"text": "New",
					"texton": "New"
				}
			},
			{
				"box": {
					"id": "kick-new-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [40, 1130, 200, 22],
					"outlettype": [""],
					"text": "prepend press kick new"
				}
			},
			{
				"box": {
					"id": "kick-variation",
					"maxclass": "live.text",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [100, 1100, 30, 16],
					"outlettype": ["", ""],
					"parameter_enable": 1,
					"presentation": 1,
					"presentation_rect": [34, 60, 24, 16],
					"annotation": "Make a variation of the current kick sample; the Variation dial sets how far it strays. Acts when the mouse button is released.",
					"annotation_name": "Kick Variation",
					"varname": "kick-variation",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_annotation_name": "Kick Variation",
							"parameter_invisible": 2,
							"parameter_longname": "Kick Variation",
							"parameter_shortname": "Var",
							"parameter_type": 2,
							"parameter_enum": ["off", "on"],
							"parameter_mmax": 1.0,
							"parameter_modmode": 4
						}
					},
					"mode": 0,
					"outputmode": 1,
					"text": "Var",
					"texton": "Var"
				}
			},
			{
				"box": {
					"id": "kick-variation-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [40, 1160, 200, 22],
					"outlettype": [""],
					"text": "prepend press kick variation"
				}
			},
			{
				"box": {
					"id": "kick-undo",
					"maxclass": "live.text",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [160, 1100, 30, 16],
					"outlettype": ["", ""],
					"parameter_enable": 1,
					"presentation": 1,
					"presentation_rect": [60, 60, 24, 16],
					"annotation": "Go back to the previous kick sample. Acts when the mouse button is released.",
					"annotation_name": "Kick Undo",
					"varname": "kick-undo",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_annotation_name": "Kick Undo",
							"parameter_invisible": 2,
							"parameter_longname": "Kick Undo",
							"parameter_shortname": "Undo",
							"parameter_type": 2,
							"parameter_enum": ["off", "on"],
							"parameter_mmax": 1.0,
							"parameter_modmode": 4
						}
					},
					"mode": 0,
					"outputmode": 1,
					"text": "Undo",
					"texton": "Undo"
				}
			},
			{
				"box": {
					"id": "kick-undo-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [40, 1190, 200, 22],
					"outlettype": [""],
					"text": "prepend press kick undo"
				}
			},
			{
				"box": {
					"id": "kick-keep",
					"maxclass": "live.text",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [220, 1100, 30, 16],
					"outlettype": ["", ""],
					"parameter_enable": 1,
					"presentation": 1,
					"presentation_rect": [86, 60, 24, 16],
					"annotation": "Copy the current kick sample into the daemon's kept/ folder so it is never overwritten. Acts when the mouse button is released.",
					"annotation_name": "Kick Keep",
					"varname": "kick-keep",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_annotation_name": "Kick Keep",
							"parameter_invisible": 2,
							"parameter_longname": "Kick Keep",
							"parameter_shortname": "Keep",
							"parameter_type": 2,
							"parameter_enum": ["off", "on"],
							"parameter_mmax": 1.0,
							"parameter_modmode": 4
						}
					},
					"mode": 0,
					"outputmode": 1,
					"text": "Keep",
					"texton": "Keep"
				}
			},
			{
				"box": {
					"id": "kick-keep-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [40, 1220, 200, 22],
					"outlettype": [""],
					"text": "prepend press kick keep"
				}
			},
			{
				"box": {
					"id": "kick-clip",
					"maxclass": "live.text",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [280, 1100, 30, 16],
					"outlettype": ["", ""],
					"parameter_enable": 1,
					"presentation": 1,
					"presentation_rect": [112, 60, 24, 16],
					"annotation": "Put the current kick sample in an audio clip, in the selected clip slot of an audio track (Live 12.0.5 or later; otherwise drag the file from the daemon's pinned/ folder). Acts when the mouse button is released.",
					"annotation_name": "Kick Clip",
					"varname": "kick-clip",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_annotation_name": "Kick Clip",
							"parameter_invisible": 2,
							"parameter_longname": "Kick Clip",
							"parameter_shortname": "Clip",
							"parameter_type": 2,
							"parameter_enum": ["off", "on"],
							"parameter_mmax": 1.0,
							"parameter_modmode": 4
						}
					},
					"mode": 0,
					"outputmode": 1,
					"text": "Clip",
					"texton": "Clip"
				}
			},
			{
				"box": {
					"id": "kick-clip-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [40, 1250, 200, 22],
					"outlettype": [""],
					"text": "prepend press kick clip"
				}
			},
			{
				"box": {
					"id": "kick-seed",
					"maxclass": "number",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [40, 1260, 56, 16],
					"outlettype": ["", "bang"],
					"presentation": 1,
					"presentation_rect": [8, 80, 56, 16],
					"minimum": 0,
					"maximum": 2147483647,
					"fontname": "Ableton Sans Medium",
					"fontsize": 9.0,
					"annotation": "The seed of the current kick sample. Type a seed and press Return to make that sample again with the pad's model, sampler and steps now.",
					"annotation_name": "Kick Seed"
				}
			},
			{
				"box": {
					"id": "kick-seed-set",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [130, 1230, 50, 22],
					"outlettype": [""],
					"text": "set $1"
				}
			},
			{
				"box": {
					"id": "kick-seed-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [40, 1290, 200, 22],
					"outlettype": [""],
					"text": "prepend seed kick"
				}
			},
			{
				"box": {
					"id": "kick-drop",
					"maxclass": "live.drop",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [260, 1260, 34, 16],
					"outlettype": ["", ""],
					"presentation": 1,
					"presentation_rect": [66, 80, 34, 16],
					"parameter_enable": 0,
					"annotation": "Drop an audio file here to make a variation of it on the kick pad (the Variation dial sets how far; the file must lie in the daemon's output folder or a folder in its sample_dirs).",
					"annotation_name": "Kick Drop"
				}
			},
			{
				"box": {
					"id": "kick-drop-path",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [260, 1290, 140, 22],
					"outlettype": ["", "int"],
					"text": "conformpath native boot"
				}
			},
			{
				"box": {
					"id": "kick-drop-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [260, 1320, 110, 22],
					"outlettype": [""],
					"text": "prepend drop kick"
				}
			},
			{
				"box": {
					"id": "kick-choke",
					"maxclass": "live.text",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [140, 1260, 44, 16],
					"outlettype": ["", ""],
					"parameter_enable": 1,
					"presentation": 1,
					"presentation_rect": [102, 80, 34, 16],
					"annotation": "Put the kick pad in the choke group: a hit on any pad of the group silences the others (a closed hi-hat cutting an open one).",
					"annotation_name": "Kick Choke",
					"varname": "kick-choke",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_annotation_name": "Kick Choke",
							"parameter_invisible": 0,
							"parameter_longname": "Kick Choke",
							"parameter_shortname": "Choke",
							"parameter_type": 2,
							"parameter_enum": ["Off", "On"],
							"parameter_mmax": 1.0,
							"parameter_modmode": 4
						}
					},
					"mode": 1,
					"text": "Choke",
					"texton": "Choke"
				}
			},
			{
				"box": {
					"id": "kick-choke-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [40, 1320, 200, 22],
					"outlettype": [""],
					"text": "prepend choke kick"
				}
			},
			{
				"box": {
					"id": "kick-volume",
					"maxclass": "live.dial",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [40, 1360, 32, 44],
					"outlettype": ["", "float"],
					"parameter_enable": 1,
					"presentation": 1,
					"presentation_rect": [8, 98, 32, 44],
					"annotation": "Level of the kick pad; the lowest setting silences it.",
					"annotation_name": "Kick Volume",
					"varname": "kick-volume",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_annotation_name": "Kick Volume",
							"parameter_invisible": 0,
							"parameter_longname": "Kick Volume",
							"parameter_shortname": "Vol",
							"parameter_type": 0,
							"parameter_mmin": -70.0,
							"parameter_mmax": 6.0,
							"parameter_initial": [0.0],
							"parameter_initial_enable": 1,
							"parameter_unitstyle": 4,
							"parameter_modmode": 2
						}
					},
					"fontsize": 9.0
				}
			},
			{
				"box": {
					"id": "kick-volume-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [40, 1410, 200, 22],
					"outlettype": [""],
					"text": "prepend volume kick"
				}
			},
			{
				"box": {
					"id": "kick-volume-view",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [240, 1530, 200, 22],
					"outlettype": [""],
					"text": "script sendbox kick-volume hidden $1"
				}
			},
			{
				"box": {
					"id": "kick-tune",
					"maxclass": "live.dial",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [100, 1360, 32, 44],
					"outlettype": ["", "float"],
					"parameter_enable": 1,
					"presentation": 1,
					"presentation_rect": [40, 98, 32, 44],
					"annotation": "Pitch of the kick pad in semitones (it also changes its length).",
					"annotation_name": "Kick Tune",
					"varname": "kick-tune",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_annotation_name": "Kick Tune",
							"parameter_invisible": 0,
							"parameter_longname": "Kick Tune",
							"parameter_shortname": "Tune",
							"parameter_type": 0,
							"parameter_mmin": -24.0,
							"parameter_mmax": 24.0,
							"parameter_initial": [0.0],
							"parameter_initial_enable": 1,
							"parameter_unitstyle": 7,
							"parameter_modmode": 2
						}
					},
					"fontsize": 9.0
				}
			},
			{
				"box": {
					"id": "kick-tune-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [40, 1440, 200, 22],
					"outlettype": [""],
					"text": "prepend tune kick"
				}
			},
			{
				"box": {
					"id": "kick-tune-view",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [240, 1560, 200, 22],
					"outlettype": [""],
					"text": "script sendbox kick-tune hidden $1"
				}
			},
			{
				"box": {
					"id": "kick-decay",
					"maxclass": "live.dial",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [160, 1360, 32, 44],
					"outlettype": ["", "float"],
					"parameter_enable": 1,
					"presentation": 1,
					"presentation_rect": [72, 98, 32, 44],
					"annotation": "How long the kick pad sounds before a 20 ms fade; at the most the whole sample plays, tuned down two octaves too.",
					"annotation_name": "Kick Decay",
					"varname": "kick-decay",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_annotation_name": "Kick Decay",
							"parameter_invisible": 0,
							"parameter_longname": "Kick Decay",
							"parameter_shortname": "Decay",
							"parameter_type": 0,
							"parameter_mmin": 10.0,
							"parameter_mmax": 3000.0,
							"parameter_initial": [3000.0],
							"parameter_initial_enable": 1,
							"parameter_unitstyle": 2,
							"parameter_modmode": 2,
							"parameter_exponent": 2.0
						}
					},
					"fontsize": 9.0
				}
			},
			{
				"box": {
					"id": "kick-decay-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [40, 1470, 200, 22],
					"outlettype": [""],
					"text": "prepend decay kick"
				}
			},
			{
				"box": {
					"id": "kick-decay-view",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [240, 1590, 200, 22],
					"outlettype": [""],
					"text": "script sendbox kick-decay hidden $1"
				}
			},
			{
				"box": {
					"id": "kick-pan",
					"maxclass": "live.dial",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [220, 1360, 32, 44],
					"outlettype": ["", "float"],
					"parameter_enable": 1,
					"presentation": 1,
					"presentation_rect": [104, 98, 32, 44],
					"annotation": "Stereo position of the kick pad.",
					"annotation_name": "Kick Pan",
					"varname": "kick-pan",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_annotation_name": "Kick Pan",
							"parameter_invisible": 0,
							"parameter_longname": "Kick Pan",
							"parameter_shortname": "Pan",
							"parameter_type": 0,
							"parameter_mmin": -50.0,
							"parameter_mmax": 50.0,
							"parameter_initial": [0.0],
							"parameter_initial_enable": 1,
							"parameter_unitstyle": 6,
							"parameter_modmode": 2
						}
					},
					"fontsize": 9.0
				}
			},
			{
				"box": {
					"id": "kick-pan-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [40, 1500, 200, 22],
					"outlettype": [""],
					"text": "prepend pan kick"
				}
			},
			{
				"box": {
					"id": "kick-pan-view",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [240, 1620, 200, 22],
					"outlettype": [""],
					"text": "script sendbox kick-pan hidden $1"
				}
			},
			{
				"box": {
					"id": "kick-knob-pitch",
					"maxclass": "live.dial",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [40, 1660, 32, 44],
					"outlettype": ["", "float"],
					"parameter_enable": 1,
					"presentation": 1,
					"presentation_rect": [8, 98, 32, 44],
					"annotation": "The kick pad's pitch (the body's pitch after the attack (or a note name, e.g. A1)), 30 to 250 Hz, for its next samples; at its leftmost it is free (the model's choice). Saved with the Live set.",
					"annotation_name": "Kick Sound Pitch",
					"varname": "kick-knob-pitch",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_annotation_name": "Kick Sound Pitch",
							"parameter_invisible": 1,
							"parameter_longname": "Kick Sound Pitch",
							"parameter_shortname": "Pitch",
							"parameter_type": 0,
							"parameter_mmin": 30.0,
							"parameter_mmax": 250.0,
							"parameter_initial": [30.0],
							"parameter_initial_enable": 1,
							"parameter_unitstyle": 3,
							"parameter_modmode": 0,
							"parameter_exponent": 3.0
						}
					},
					"fontsize": 9.0,
					"hidden": 1
				}
			},
			{
				"box": {
					"id": "kick-knob-pitch-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [40, 1710, 200, 22],
					"outlettype": [""],
					"text": "prepend knob kick pitch 30 1"
				}
			},
			{
				"box": {
					"id": "kick-knob-pitch-view",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [240, 1830, 200, 22],
					"outlettype": [""],
					"text": "script sendbox kick-knob-pitch hidden $1"
				}
			},
			{
				"box": {
					"id": "kick-knob-decay",
					"maxclass": "live.dial",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [100, 1660, 32, 44],
					"outlettype": ["", "float"],
					"parameter_enable": 1,
					"presentation": 1,
					"presentation_rect": [40, 98, 32, 44],
					"annotation": "The kick pad's decay (time to fall 30 dB under the peak), 0.03 to 0.7 s, for its next samples; at its leftmost it is free (the model's choice). Saved with the Live set.",
					"annotation_name": "Kick Sound Decay",
					"varname": "kick-knob-decay",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_annotation_name": "Kick Sound Decay",
							"parameter_invisible": 1,
							"parameter_longname": "Kick Sound Decay",
							"parameter_shortname": "Decay",
							"parameter_type": 0,
							"parameter_mmin": 30.0,
							"parameter_mmax": 699.9999999999999,
							"parameter_initial": [30.0],
							"parameter_initial_enable": 1,
							"parameter_unitstyle": 2,
							"parameter_modmode": 0
						}
					},
					"fontsize": 9.0,
					"hidden": 1
				}
			},
			{
				"box": {
					"id": "kick-knob-decay-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [40, 1740, 200, 22],
					"outlettype": [""],
					"text": "prepend knob kick decay 30 0.001"
				}
			},
			{
				"box": {
					"id": "kick-knob-decay-view",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [240, 1860, 200, 22],
					"outlettype": [""],
					"text": "script sendbox kick-knob-decay hidden $1"
				}
			},
			{
				"box": {
					"id": "kick-knob-punch",
					"maxclass": "live.dial",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [160, 1660, 32, 44],
					"outlettype": ["", "float"],
					"parameter_enable": 1,
					"presentation": 1,
					"presentation_rect": [72, 98, 32, 44],
					"annotation": "The kick pad's punch (the attack's level over the body's), -6 to 24 dB, for its next samples; at its leftmost it is free (the model's choice). Saved with the Live set.",
					"annotation_name": "Kick Sound Punch",
					"varname": "kick-knob-punch",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_annotation_name": "Kick Sound Punch",
							"parameter_invisible": 1,
							"parameter_longname": "Kick Sound Punch",
							"parameter_shortname": "Punch",
							"parameter_type": 0,
							"parameter_mmin": -6.0,
							"parameter_mmax": 24.0,
							"parameter_initial": [-6.0],
							"parameter_initial_enable": 1,
							"parameter_unitstyle": 4,
							"parameter_modmode": 0
						}
					},
					"fontsize": 9.0,
					"hidden": 1
				}
			},
			{
				"box": {
					"id": "kick-knob-punch-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [40, 1770, 200, 22],
					"outlettype": [""],
					"text": "prepend knob kick punch -6 1"
				}
			},
			{
				"box": {
					"id": "kick-knob-punch-view",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [240, 1890, 200, 22],
					"outlettype": [""],
					"text": "script sendbox kick-knob-punch hidden $1"
				}
			},
			{
				"box": {
					"id": "kick-knob-brightness",
					"maxclass": "live.dial",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [220, 1660, 32, 44],
					"outlettype": ["", "float"],
					"parameter_enable": 1,
					"presentation": 1,
					"presentation_rect": [104, 98, 32, 44],
					"annotation": "The kick pad's brightness (spectral centroid), 100 to 15000 Hz, for its next samples; at its leftmost it is free (the model's choice). Saved with the Live set.",
					"annotation_name": "Kick Sound Brightness",
					"varname": "kick-knob-brightness",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_annotation_name": "Kick Sound Brightness",
							"parameter_invisible": 1,
							"parameter_longname": "Kick Sound Brightness",
							"parameter_shortname": "Brightness",
							"parameter_type": 0,
							"parameter_mmin": 100.0,
							"parameter_mmax": 15000.0,
							"parameter_initial": [100.0],
							"parameter_initial_enable": 1,
							"parameter_unitstyle": 3,
							"parameter_modmode": 0,
							"parameter_exponent": 3.0
						}
					},
					"fontsize": 9.0,
					"hidden": 1
				}
			},
			{
				"box": {
					"id": "kick-knob-brightness-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [40, 1800, 200, 22],
					"outlettype": [""],
					"text": "prepend knob kick brightness 100 1"
				}
			},
			{
				"box": {
					"id": "kick-knob-brightness-view",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [240, 1920, 200, 22],
					"outlettype": [""],
					"text": "script sendbox kick-knob-brightness hidden $1"
				}
			},
			{
				"box": {
					"id": "kick-sample",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 3,
					"patching_rect": [200, 1260, 110, 22],
					"outlettype": ["", "", ""],
					"text": "pattr kick_sample",
					"varname": "kick_sample",
					"saved_object_attributes": {
						"parameter_enable": 1,
						"parameter_mappable": 0
					},
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_invisible": 1,
							"parameter_longname": "Kick Sample",
							"parameter_shortname": "Sample",
							"parameter_type": 3,
							"parameter_annotation_name": "Kick Sample"
						}
					},
					"annotation": "The kick sample's file, its recipe and the pad's undo list, saved with the Live set."
				}
			},
			{
				"box": {
					"id": "kick-restore",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [200, 1290, 130, 22],
					"outlettype": [""],
					"text": "prepend restore kick"
				}
			},
			{
				"box": {
					"id": "snare-control",
					"maxclass": "newobj",
					"numinlets": 12,
					"numoutlets": 12,
					"patching_rect": [340, 360, 280, 22],
					"outlettype": ["", "", "", "", "", "", "", "", "", "", "", ""],
					"text": "route fade buffer note gains rate decay choke seed store state hit"
				}
			},
			{
				"box": {
					"id": "snare-is",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [340, 460, 40, 22],
					"outlettype": ["int"],
					"text": "== 38"
				}
			},
			{
				"box": {
					"id": "snare-sel",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [340, 490, 40, 22],
					"outlettype": ["bang", ""],
					"text": "sel 1"
				}
			},
			{
				"box": {
					"id": "snare-velocity",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [340, 520, 30, 22],
					"outlettype": ["int"],
					"text": "i"
				}
			},
			{
				"box": {
					"id": "snare-hit",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 4,
					"patching_rect": [340, 550, 80, 22],
					"outlettype": ["int", "bang", "bang", "bang"],
					"text": "t i b b b"
				}
			},
			{
				"box": {
					"id": "snare-choke-send-gate",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [460, 580, 40, 22],
					"outlettype": [""],
					"text": "gate"
				}
			},
			{
				"box": {
					"id": "snare-choke-name",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [460, 610, 50, 22],
					"outlettype": [""],
					"text": "snare"
				}
			},
			{
				"box": {
					"id": "snare-choke-send",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [460, 640, 70, 22],
					"text": "s ---choke"
				}
			},
			{
				"box": {
					"id": "snare-choke-receive",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [540, 580, 70, 22],
					"outlettype": [""],
					"text": "r ---choke"
				}
			},
			{
				"box": {
					"id": "snare-choke-other",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [540, 610, 70, 22],
					"outlettype": ["", ""],
					"text": "route snare"
				}
			},
			{
				"box": {
					"id": "snare-choke-receive-gate",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [540, 640, 40, 22],
					"outlettype": [""],
					"text": "gate"
				}
			},
			{
				"box": {
					"id": "snare-choked",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [540, 670, 30, 22],
					"outlettype": ["bang"],
					"text": "t b"
				}
			},
			{
				"box": {
					"id": "snare-fade",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [400, 700, 40, 22],
					"outlettype": [""],
					"text": "0 5"
				}
			},
			{
				"box": {
					"id": "snare-voice",
					"maxclass": "newobj",
					"numinlets": 4,
					"numoutlets": 4,
					"patching_rect": [400, 610, 70, 22],
					"outlettype": ["int", "", "", "int"],
					"text": "counter 1 2"
				}
			},
			{
				"box": {
					"id": "snare-level",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [340, 610, 46, 22],
					"outlettype": ["float"],
					"text": "/ 127."
				}
			},
			{
				"box": {
					"id": "snare-envelope",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [340, 640, 70, 22],
					"outlettype": [""],
					"text": "pack f 1000."
				}
			},
			{
				"box": {
					"id": "snare-envelope-message",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [340, 670, 110, 22],
					"outlettype": [""],
					"text": "$1 0 $1 $2 0 20"
				}
			},
			{
				"box": {
					"id": "snare-voices",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [340, 730, 50, 22],
					"outlettype": ["", ""],
					"text": "gate 2"
				}
			},
			{
				"box": {
					"id": "snare-buffer",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [500, 400, 100, 22],
					"outlettype": ["float", "bang"],
					"text": "buffer~ ---snare"
				}
			},
			{
				"box": {
					"id": "snare-rate",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [500, 760, 50, 22],
					"outlettype": ["signal"],
					"text": "sig~ 1."
				}
			},
			{
				"box": {
					"id": "snare-left",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [340, 960, 40, 22],
					"outlettype": ["signal"],
					"text": "*~"
				}
			},
			{
				"box": {
					"id": "snare-right",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [400, 960, 40, 22],
					"outlettype": ["signal"],
					"text": "*~"
				}
			},
			{
				"box": {
					"id": "snare-a-start",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [340, 790, 40, 22],
					"outlettype": ["", "bang"],
					"text": "t l b"
				}
			},
			{
				"box": {
					"id": "snare-a-rewind",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [390, 820, 30, 22],
					"outlettype": [""],
					"text": "0"
				}
			},
			{
				"box": {
					"id": "snare-a-play",
					"maxclass": "newobj",
					"numinlets": 3,
					"numoutlets": 3,
					"patching_rect": [340, 860, 110, 22],
					"outlettype": ["signal", "signal", "signal"],
					"text": "groove~ ---snare 2"
				}
			},
			{
				"box": {
					"id": "snare-a-envelope",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [400, 890, 40, 22],
					"outlettype": ["signal", "bang"],
					"text": "line~"
				}
			},
			{
				"box": {
					"id": "snare-a-left",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [340, 920, 40, 22],
					"outlettype": ["signal"],
					"text": "*~"
				}
			},
			{
				"box": {
					"id": "snare-a-right",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [390, 920, 40, 22],
					"outlettype": ["signal"],
					"text": "*~"
				}
			},
			{
				"box": {
					"id": "snare-b-start",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [470, 790, 40, 22],
					"outlettype": ["", "bang"],
					"text": "t l b"
				}
			},
			{
				"box": {
					"id": "snare-b-rewind",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [520, 820, 30, 22],
					"outlettype": [""],
					"text": "0"
				}
			},
			{
				"box": {
					"id": "snare-b-play",
					"maxclass": "newobj",
					"numinlets": 3,
					"numoutlets": 3,
					"patching_rect": [470, 860, 110, 22],
					"outlettype": ["signal", "signal", "signal"],
					"text": "groove~ ---snare 2"
				}
			},
			{
				"box": {
					"id": "snare-b-envelope",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [530, 890, 40, 22],
					"outlettype": ["signal", "bang"],
					"text": "line~"
				}
			},
			{
				"box": {
					"id": "snare-b-left",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [470, 920, 40, 22],
					"outlettype": ["signal"],
					"text": "*~"
				}
			},
			{
				"box": {
					"id": "snare-b-right",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [520, 920, 40, 22],
					"outlettype": ["signal"],
					"text": "*~"
				}
			},
			{
				"box": {
					"id": "snare-faded",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [540, 890, 80, 22],
					"outlettype": [""],
					"text": "faded snare"
				}
			},
			{
				"box": {
					"id": "snare-gains",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [500, 880, 70, 22],
					"outlettype": ["float", "float"],
					"text": "unpack f f"
				}
			},
			{
				"box": {
					"id": "snare-gain-left-ramp",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [500, 910, 40, 22],
					"outlettype": [""],
					"text": "$1 20"
				}
			},
			{
				"box": {
					"id": "snare-gain-left",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [500, 935, 40, 22],
					"outlettype": ["signal", "bang"],
					"text": "line~"
				}
			},
			{
				"box": {
					"id": "snare-gain-right-ramp",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [560, 910, 40, 22],
					"outlettype": [""],
					"text": "$1 20"
				}
			},
			{
				"box": {
					"id": "snare-gain-right",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [560, 935, 40, 22],
					"outlettype": ["signal", "bang"],
					"text": "line~"
				}
			},
			{
				"box": {
					"id": "snare-name",
					"maxclass": "live.comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [340, 1000, 80, 18],
					"text": "Snare",
					"textjustification": 0,
					"fontname": "Ableton Sans Medium",
					"fontsize": 9.0,
					"presentation": 1,
					"presentation_rect": [144, 2, 56, 16],
					"annotation": "The snare pad, played by MIDI note 38 until the daemon's preset says otherwise."
				}
			},
			{
				"box": {
					"id": "snare-state",
					"maxclass": "live.comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [430, 1000, 70, 18],
					"text": "empty",
					"textjustification": 0,
					"fontname": "Ableton Sans Medium",
					"fontsize": 9.0,
					"presentation": 1,
					"presentation_rect": [200, 2, 72, 16],
					"annotation": "The snare pad's state: empty (no sample yet), idle, making (the daemon is at work), missing (the set's file is not on this computer) or error. The status line's Info View says why."
				}
			},
			{
				"box": {
					"id": "snare-state-set",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [430, 970, 70, 22],
					"outlettype": [""],
					"text": "prepend set"
				}
			},
			{
				"box": {
					"id": "snare-waveform",
					"maxclass": "waveform~",
					"numinlets": 5,
					"numoutlets": 6,
					"patching_rect": [340, 1030, 128, 38],
					"outlettype": ["float", "float", "float", "float", "list", ""],
					"presentation": 1,
					"presentation_rect": [144, 18, 128, 38],
					"ignoreclick": 1,
					"annotation": "The current snare sample. Click it to hear it.",
					"annotation_name": "Snare Waveform",
					"saved_attribute_attributes": {
						"bgcolor": {
							"expression": "themecolor.live_display_bg"
						},
						"waveformcolor": {
							"expression": "themecolor.live_display_handle_one"
						}
					}
				}
			},
			{
				"box": {
					"id": "snare-show",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [500, 430, 110, 22],
					"outlettype": [""],
					"text": "loadmess set ---snare"
				}
			},
			{
				"box": {
					"id": "snare-audition",
					"maxclass": "ubutton",
					"numinlets": 1,
					"numoutlets": 4,
					"patching_rect": [480, 1030, 128, 38],
					"outlettype": ["bang", "bang", "", "int"],
					"presentation": 1,
					"presentation_rect": [144, 18, 128, 38],
					"annotation": "Click to hear the snare pad at velocity 100 (it plays as the mouse button goes down; in Simpler mode too, through PadFusion's own player of the same sample).",
					"annotation_name": "Audition Snare"
				}
			},
			{
				"box": {
					"id": "snare-audition-message",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [480, 1075, 80, 22],
					"outlettype": [""],
					"text": "audition snare"
				}
			},
			{
				"box": {
					"id": "snare-new",
					"maxclass": "live.text",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [340, 1100, 30, 16],
					"outlettype": ["", ""],
					"parameter_enable": 1,
					"presentation": 1,
					"presentation_rect": [144, 60, 24, 16],
					"annotation": "Make a new snare sample (the Steps dial applies). Acts when the mouse button is released.",
					"annotation_name": "Snare New",
					"varname": "snare-new",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_annotation_name": "Snare New",
							"parameter_invisible": 2,
							"parameter_longname": "Snare New",
							"parameter_shortname": "New",
							"parameter_type": 2,
							"parameter_enum": ["off", "on"],
							"parameter_mmax": 1.0,
							"parameter_modmode": 4
						}
					},
					"mode": 0,
					"outputmode": 1,
					"text": "New",
					"texton": "New"
				}
			},
			{
				"box": {
					"id": "snare-new-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [340, 1130, 200, 22],
					"outlettype": [""],
					"text": "prepend press snare new"
				}
			},
			{
				"box": {
					"id": "snare-variation",
					"maxclass": "live.text",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [400, 1100, 30, 16],
					"outlettype": ["", ""],
					"parameter_enable": 1,
					"presentation": 1,
					"presentation_rect": [170, 60, 24, 16],
					"annotation": "Make a variation of the current snare sample; the Variation dial sets how far it strays. Acts when the mouse button is released.",
					"annotation_name": "Snare Variation",
					"varname": "snare-variation",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_annotation_name": "Snare Variation",
							"parameter_invisible": 2,
							"parameter_longname": "Snare Variation",
							"parameter_shortname": "Var",
							"parameter_type": 2,
							"parameter_enum": ["off", "on"],
							"parameter_mmax": 1.0,
							"parameter_modmode": 4
						}
					},
					"mode": 0,
					"outputmode": 1,
					"text": "Var",
					"texton": "Var"
				}
			},
			{
				"box": {
					"id": "snare-variation-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [340, 1160, 200, 22],
					"outlettype": [""],
					"text": "prepend press snare variation"
				}
			},
			{
				"box": {
					"id": "snare-undo",
					"maxclass": "live.text",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [460, 1100, 30, 16],
					"outlettype": ["", ""],
					"parameter_enable": 1,
					"presentation": 1,
					"presentation_rect": [196, 60, 24, 16],
					"annotation": "Go back to the previous snare sample. Acts when the mouse button is released.",
					"annotation_name": "Snare Undo",
					"varname": "snare-undo",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_annotation_name": "Snare Undo",
							"parameter_invisible": 2,
							"parameter_longname": "Snare Undo",
							"parameter_shortname": "Undo",
							"parameter_type": 2,
							"parameter_enum": ["off", "on"],
							"parameter_mmax": 1.0,
							"parameter_modmode": 4
						}
					},
					"mode": 0,
					"outputmode": 1,
					"text": "Undo",
					"texton": "Undo"
				}
			},
			{
				"box": {
					"id": "snare-undo-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [340, 1190, 200, 22],
					"outlettype": [""],
					"text": "prepend press snare undo"
				}
			},
			{
				"box": {
					"id": "snare-keep",
					"maxclass": "live.text",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [520, 1100, 30, 16],
					"outlettype": ["", ""],
					"parameter_enable": 1,
					"presentation": 1,
					"presentation_rect": [222, 60, 24, 16],
					"annotation": "Copy the current snare sample into the daemon's kept/ folder so it is never overwritten. Acts when the mouse button is released.",
					"annotation_name": "Snare Keep",
					"varname": "snare-keep",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_annotation_name": "Snare Keep",
							"parameter_invisible": 2,
							"parameter_longname": "Snare Keep",
							"parameter_shortname": "Keep",
							"parameter_type": 2,
							"parameter_enum": ["off", "on"],
							"parameter_mmax": 1.0,
							"parameter_modmode": 4
						}
					},
					"mode": 0,
					"outputmode": 1,
					"text": "Keep",
					"texton": "Keep"
				}
			},
			{
				"box": {
					"id": "snare-keep-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [340, 1220, 200, 22],
					"outlettype": [""],
					"text": "prepend press snare keep"
				}
			},
			{
				"box": {
					"id": "snare-clip",
					"maxclass": "live.text",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [580, 1100, 30, 16],
					"outlettype": ["", ""],
					"parameter_enable": 1,
					"presentation": 1,
					"presentation_rect": [248, 60, 24, 16],
					"annotation": "Put the current snare sample in an audio clip, in the selected clip slot of an audio track (Live 12.0.5 or later; otherwise drag the file from the daemon's pinned/ folder). Acts when the mouse button is released.",
					"annotation_name": "Snare Clip",
					"varname": "snare-clip",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_annotation_name": "Snare Clip",
							"parameter_invisible": 2,
							"parameter_longname": "Snare Clip",
							"parameter_shortname": "Clip",
							"parameter_type": 2,
							"parameter_enum": ["off", "on"],
							"parameter_mmax": 1.0,
							"parameter_modmode": 4
						}
					},
					"mode": 0,
					"outputmode": 1,
					"text": "Clip",
					"texton": "Clip"
				}
			},
			{
				"box": {
					"id": "snare-clip-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [340, 1250, 200, 22],
					"outlettype": [""],
					"text": "prepend press snare clip"
				}
			},
			{
				"box": {
					"id": "snare-seed",
					"maxclass": "number",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [340, 1260, 56, 16],
					"outlettype": ["", "bang"],
					"presentation": 1,
					"presentation_rect": [144, 80, 56, 16],
					"minimum": 0,
					"maximum": 2147483647,
					"fontname": "Ableton Sans Medium",
					"fontsize": 9.0,
					"annotation": "The seed of the current snare sample. Type a seed and press Return to make that sample again with the pad's model, sampler and steps now.",
					"annotation_name": "Snare Seed"
				}
			},
			{
				"box": {
					"id": "snare-seed-set",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [430, 1230, 50, 22],
					"outlettype": [""],
					"text": "set $1"
				}
			},
			{
				"box": {
					"id": "snare-seed-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [340, 1290, 200, 22],
					"outlettype": [""],
					"text": "prepend seed snare"
				}
			},
			{
				"box": {
					"id": "snare-drop",
					"maxclass": "live.drop",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [560, 1260, 34, 16],
					"outlettype": ["", ""],
					"presentation": 1,
					"presentation_rect": [202, 80, 34, 16],
					"parameter_enable": 0,
					"annotation": "Drop an audio file here to make a variation of it on the snare pad (the Variation dial sets how far; the file must lie in the daemon's output folder or a folder in its sample_dirs).",
					"annotation_name": "Snare Drop"
				}
			},
			{
				"box": {
					"id": "snare-drop-path",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [560, 1290, 140, 22],
					"outlettype": ["", "int"],
					"text": "conformpath native boot"
				}
			},
			{
				"box": {
					"id": "snare-drop-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [560, 1320, 110, 22],
					"outlettype": [""],
					"text": "prepend drop snare"
				}
			},
			{
				"box": {
					"id": "snare-choke",
					"maxclass": "live.text",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [440, 1260, 44, 16],
					"outlettype": ["", ""],
					"parameter_enable": 1,
					"presentation": 1,
					"presentation_rect": [238, 80, 34, 16],
					"annotation": "Put the snare pad in the choke group: a hit on any pad of the group silences the others (a closed hi-hat cutting an open one).",
					"annotation_name": "Snare Choke",
					"varname": "snare-choke",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_annotation_name": "Snare Choke",
							"parameter_invisible": 0,
							"parameter_longname": "Snare Choke",
							"parameter_shortname": "Choke",
							"parameter_type": 2,
							"parameter_enum": ["Off", "On"],
							"parameter_mmax": 1.0,
							"parameter_modmode": 4
						}
					},
					"mode": 1,
					"text": "Choke",
					"texton": "Choke"
				}
			},
			{
				"box": {
					"id": "snare-choke-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [340, 1320, 200, 22],
					"outlettype": [""],
					"text": "prepend choke snare"
				}
			},
			{
				"box": {
					"id": "snare-volume",
					"maxclass": "live.dial",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [340, 1360, 32, 44],
					"outlettype": ["", "float"],
					"parameter_enable": 1,
					"presentation": 1,
					"presentation_rect": [144, 98, 32, 44],
					"annotation": "Level of the snare pad; the lowest setting silences it.",
					"annotation_name": "Snare Volume",
					"varname": "snare-volume",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_annotation_name": "Snare Volume",
							"parameter_invisible": 0,
							"parameter_longname": "Snare Volume",
							"parameter_shortname": "Vol",
							"parameter_type": 0,
							"parameter_mmin": -70.0,
							"parameter_mmax": 6.0,
							"parameter_initial": [0.0],
							"parameter_initial_enable": 1,
							"parameter_unitstyle": 4,
							"parameter_modmode": 2
						}
					},
					"fontsize": 9.0
				}
			},
			{
				"box": {
					"id": "snare-volume-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [340, 1410, 200, 22],
					"outlettype": [""],
					"text": "prepend volume snare"
				}
			},
			{
				"box": {
					"id": "snare-volume-view",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [540, 1530, 200, 22],
					"outlettype": [""],
					"text": "script sendbox snare-volume hidden $1"
				}
			},
			{
				"box": {
					"id": "snare-tune",
					"maxclass": "live.dial",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [400, 1360, 32, 44],
					"outlettype": ["", "float"],
					"parameter_enable": 1,
					"presentation": 1,
					"presentation_rect": [176, 98, 32, 44],
					"annotation": "Pitch of the snare pad in semitones (it also changes its length).",
					"annotation_name": "Snare Tune",
					"varname": "snare-tune",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_annotation_name": "Snare Tune",
							"parameter_invisible": 0,
							"parameter_longname": "Snare Tune",
							"parameter_shortname": "Tune",
							"parameter_type": 0,
							"parameter_mmin": -24.0,
							"parameter_mmax": 24.0,
							"parameter_initial": [0.0],
							"parameter_initial_enable": 1,
							"parameter_unitstyle": 7,
							"parameter_modmode": 2
						}
					},
					"fontsize": 9.0
				}
			},
			{
				"box": {
					"id": "snare-tune-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [340, 1440, 200, 22],
					"outlettype": [""],
					"text": "prepend tune snare"
				}
			},
			{
				"box": {
					"id": "snare-tune-view",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [540, 1560, 200, 22],
					"outlettype": [""],
					"text": "script sendbox snare-tune hidden $1"
				}
			},
			{
				"box": {
					"id": "snare-decay",
					"maxclass": "live.dial",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [460, 1360, 32, 44],
					"outlettype": ["", "float"],
					"parameter_enable": 1,
					"presentation": 1,
					"presentation_rect": [208, 98, 32, 44],
					"annotation": "How long the snare pad sounds before a 20 ms fade; at the most the whole sample plays, tuned down two octaves too.",
					"annotation_name": "Snare Decay",
					"varname": "snare-decay",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_annotation_name": "Snare Decay",
							"parameter_invisible": 0,
							"parameter_longname": "Snare Decay",
							"parameter_shortname": "Decay",
							"parameter_type": 0,
							"parameter_mmin": 10.0,
							"parameter_mmax": 3000.0,
							"parameter_initial": [3000.0],
							"parameter_initial_enable": 1,
							"parameter_unitstyle": 2,
							"parameter_modmode": 2,
							"parameter_exponent": 2.0
						}
					},
					"fontsize": 9.0
				}
			},
			{
				"box": {
					"id": "snare-decay-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [340, 1470, 200, 22],
					"outlettype": [""],
					"text": "prepend decay snare"
				}
			},
			{
				"box": {
					"id": "snare-decay-view",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [540, 1590, 200, 22],
					"outlettype": [""],
					"text": "script sendbox snare-decay hidden $1"
				}
			},
			{
				"box": {
					"id": "snare-pan",
					"maxclass": "live.dial",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [520, 1360, 32, 44],
					"outlettype": ["", "float"],
					"parameter_enable": 1,
					"presentation": 1,
					"presentation_rect": [240, 98, 32, 44],
					"annotation": "Stereo position of the snare pad.",
					"annotation_name": "Snare Pan",
					"varname": "snare-pan",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_annotation_name": "Snare Pan",
							"parameter_invisible": 0,
							"parameter_longname": "Snare Pan",
							"parameter_shortname": "Pan",
							"parameter_type": 0,
							"parameter_mmin": -50.0,
							"parameter_mmax": 50.0,
							"parameter_initial": [0.0],
							"parameter_initial_enable": 1,
							"parameter_unitstyle": 6,
							"parameter_modmode": 2
						}
					},
					"fontsize": 9.0
				}
			},
			{
				"box": {
					"id": "snare-pan-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [340, 1500, 200, 22],
					"outlettype": [""],
					"text": "prepend pan snare"
				}
			},
			{
				"box": {
					"id": "snare-pan-view",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [540, 1620, 200, 22],
					"outlettype": [""],
					"text": "script sendbox snare-pan hidden $1"
				}
			},
			{
				"box": {
					"id": "snare-knob-decay",
					"maxclass": "live.dial",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [340, 1660, 32, 44],
					"outlettype": ["", "float"],
					"parameter_enable": 1,
					"presentation": 1,
					"presentation_rect": [144, 98, 32, 44],
					"annotation": "The snare pad's decay (time to fall 30 dB under the peak), 0.03 to 0.7 s, for its next samples; at its leftmost it is free (the model's choice). Saved with the Live set.",
					"annotation_name": "Snare Sound Decay",
					"varname": "snare-knob-decay",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_annotation_name": "Snare Sound Decay",
							"parameter_invisible": 1,
							"parameter_longname": "Snare Sound Decay",
							"parameter_shortname": "Decay",
							"parameter_type": 0,
							"parameter_mmin": 30.0,
							"parameter_mmax": 699.9999999999999,
							"parameter_initial": [30.0],
							"parameter_initial_enable": 1,
							"parameter_unitstyle": 2,
							"parameter_modmode": 0
						}
					},
					"fontsize": 9.0,
					"hidden": 1
				}
			},
			{
				"box": {
					"id": "snare-knob-decay-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [340, 1710, 200, 22],
					"outlettype": [""],
					"text": "prepend knob snare decay 30 0.001"
				}
			},
			{
				"box": {
					"id": "snare-knob-decay-view",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [540, 1830, 200, 22],
					"outlettype": [""],
					"text": "script sendbox snare-knob-decay hidden $1"
				}
			},
			{
				"box": {
					"id": "snare-knob-brightness",
					"maxclass": "live.dial",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [400, 1660, 32, 44],
					"outlettype": ["", "float"],
					"parameter_enable": 1,
					"presentation": 1,
					"presentation_rect": [176, 98, 32, 44],
					"annotation": "The snare pad's brightness (spectral centroid), 100 to 15000 Hz, for its next samples; at its leftmost it is free (the model's choice). Saved with the Live set.",
					"annotation_name": "Snare Sound Brightness",
					"varname": "snare-knob-brightness",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_annotation_name": "Snare Sound Brightness",
							"parameter_invisible": 1,
							"parameter_longname": "Snare Sound Brightness",
							"parameter_shortname": "Brightness",
							"parameter_type": 0,
							"parameter_mmin": 100.0,
							"parameter_mmax": 15000.0,
							"parameter_initial": [100.0],
							"parameter_initial_enable": 1,
							"parameter_unitstyle": 3,
							"parameter_modmode": 0,
							"parameter_exponent": 3.0
						}
					},
					"fontsize": 9.0,
					"hidden": 1
				}
			},
			{
				"box": {
					"id": "snare-knob-brightness-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [340, 1740, 200, 22],
					"outlettype": [""],
					"text": "prepend knob snare brightness 100 1"
				}
			},
			{
				"box": {
					"id": "snare-knob-brightness-view",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [540, 1860, 200, 22],
					"outlettype": [""],
					"text": "script sendbox snare-knob-brightness hidden $1"
				}
			},
			{
				"box": {
					"id": "snare-knob-tone",
					"maxclass": "live.dial",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [460, 1660, 32, 44],
					"outlettype": ["", "float"],
					"parameter_enable": 1,
					"presentation": 1,
					"presentation_rect": [208, 98, 32, 44],
					"annotation": "The snare pad's tone (body (100-500 Hz) over noise (2-10 kHz)), -20 to 35 dB, for its next samples; at its leftmost it is free (the model's choice). Saved with the Live set.",
					"annotation_name": "Snare Sound Tone",
					"varname": "snare-knob-tone",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_annotation_name": "Snare Sound Tone",
							"parameter_invisible": 1,
							"parameter_longname": "Snare Sound Tone",
							"parameter_shortname": "Tone",
							"parameter_type": 0,
							"parameter_mmin": -20.0,
							"parameter_mmax": 35.0,
							"parameter_initial": [-20.0],
							"parameter_initial_enable": 1,
							"parameter_unitstyle": 4,
							"parameter_modmode": 0
						}
					},
					"fontsize": 9.0,
					"hidden": 1
				}
			},
			{
				"box": {
					"id": "snare-knob-tone-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [340, 1770, 200, 22],
					"outlettype": [""],
					"text": "prepend knob snare tone -20 1"
				}
			},
			{
				"box": {
					"id": "snare-knob-tone-view",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [540, 1890, 200, 22],
					"outlettype": [""],
					"text": "script sendbox snare-knob-tone hidden $1"
				}
			},
			{
				"box": {
					"id": "snare-sample",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 3,
					"patching_rect": [500, 1260, 110, 22],
					"outlettype": ["", "", ""],
					"text": "pattr snare_sample",
					"varname": "snare_sample",
					"saved_object_attributes": {
						"parameter_enable": 1,
						"parameter_mappable": 0
					},
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_invisible": 1,
							"parameter_longname": "Snare Sample",
							"parameter_shortname": "Sample",
							"parameter_type": 3,
							"parameter_annotation_name": "Snare Sample"
						}
					},
					"annotation": "The snare sample's file, its recipe and the pad's undo list, saved with the Live set."
				}
			},
			{
				"box": {
					"id": "snare-restore",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [500, 1290, 130, 22],
					"outlettype": [""],
					"text": "prepend restore snare"
				}
			},
			{
				"box": {
					"id": "hihat-control",
					"maxclass": "newobj",
					"numinlets": 12,
					"numoutlets": 12,
					"patching_rect": [640, 360, 280, 22],
					"outlettype": ["", "", "", "", "", "", "", "", "", "", "", ""],
					"text": "route fade buffer note gains rate decay choke seed store state hit"
				}
			},
			{
				"box": {
					"id": "hihat-is",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [640, 460, 40, 22],
					"outlettype": ["int"],
					"text": "== 42"
				}
			},
			{
				"box": {
					"id": "hihat-sel",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [640, 490, 40, 22],
					"outlettype": ["bang", ""],
					"text": "sel 1"
				}
			},
			{
				"box": {
					"id": "hihat-velocity",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [640, 520, 30, 22],
					"outlettype": ["int"],
					"text": "i"
				}
			},
			{
				"box": {
					"id": "hihat-hit",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 4,
					"patching_rect": [640, 550, 80, 22],
					"outlettype": ["int", "bang", "bang", "bang"],
					"text": "t i b b b"
				}
			},
			{
				"box": {
					"id": "hihat-choke-send-gate",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [760, 580, 40, 22],
					"outlettype": [""],
					"text": "gate"
				}
			},
			{
				"box": {
					"id": "hihat-choke-name",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [760, 610, 50, 22],
					"outlettype": [""],
					"text": "hihat"
				}
			},
			{
				"box": {
					"id": "hihat-choke-send",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [760, 640, 70, 22],
					"text": "s ---choke"
				}
			},
			{
				"box": {
					"id": "hihat-choke-receive",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [840, 580, 70, 22],
					"outlettype": [""],
					"text": "r ---choke"
				}
			},
			{
				"box": {
					"id": "hihat-choke-other",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [840, 610, 70, 22],
					"outlettype": ["", ""],
					"text": "route hihat"
				}
			},
			{
				"box": {
					"id": "hihat-choke-receive-gate",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [840, 640, 40, 22],
					"outlettype": [""],
					"text": "gate"
				}
			},
			{
				"box": {
					"id": "hihat-choked",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [840, 670, 30, 22],
					"outlettype": ["bang"],
					"text": "t b"
				}
			},
			{
				"box": {
					"id": "hihat-fade",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [700, 700, 40, 22],
					"outlettype": [""],
					"text": "0 5"
				}
			},
			{
				"box": {
					"id": "hihat-voice",
					"maxclass": "newobj",
					"numinlets": 4,
					"numoutlets": 4,
					"patching_rect": [700, 610, 70, 22],
					"outlettype": ["int", "", "", "int"],
					"text": "counter 1 2"
				}
			},
			{
				"box": {
					"id": "hihat-level",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [640, 610, 46, 22],
					"outlettype": ["float"],
					"text": "/ 127."
				}
			},
			{
				"box": {
					"id": "hihat-envelope",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [640, 640, 70, 22],
					"outlettype": [""],
					"text": "pack f 1000."
				}
			},
			{
				"box": {
					"id": "hihat-envelope-message",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [640, 670, 110, 22],
					"outlettype": [""],
					"text": "$1 0 $1 $2 0 20"
				}
			},
			{
				"box": {
					"id": "hihat-voices",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [640, 730, 50, 22],
					"outlettype": ["", ""],
					"text": "gate 2"
				}
			},
			{
				"box": {
					"id": "hihat-buffer",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [800, 400, 100, 22],
					"outlettype": ["float", "bang"],
					"text": "buffer~ ---hihat"
				}
			},
			{
				"box": {
					"id": "hihat-rate",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [800, 760, 50, 22],
					"outlettype": ["signal"],
					"text": "sig~ 1."
				}
			},
			{
				"box": {
					"id": "hihat-left",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [640, 960, 40, 22],
					"outlettype": ["signal"],
					"text": "*~"
				}
			},
			{
				"box": {
					"id": "hihat-right",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [700, 960, 40, 22],
					"outlettype": ["signal"],
					"text": "*~"
				}
			},
			{
				"box": {
					"id": "hihat-a-start",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [640, 790, 40, 22],
					"outlettype": ["", "bang"],
					"text": "t l b"
				}
			},
			{
				"box": {
					"id": "hihat-a-rewind",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [690, 820, 30, 22],
					"outlettype": [""],
					"text": "0"
				}
			},
			{
				"box": {
					"id": "hihat-a-play",
					"maxclass": "newobj",
					"numinlets": 3,
					"numoutlets": 3,
					"patching_rect": [640, 860, 110, 22],
					"outlettype": ["signal", "signal", "signal"],
					"text": "groove~ ---hihat 2"
				}
			},
			{
				"box": {
					"id": "hihat-a-envelope",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [700, 890, 40, 22],
					"outlettype": ["signal", "bang"],
					"text": "line~"
				}
			},
			{
				"box": {
					"id": "hihat-a-left",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [640, 920, 40, 22],
					"outlettype": ["signal"],
					"text": "*~"
				}
			},
			{
				"box": {
					"id": "hihat-a-right",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [690, 920, 40, 22],
					"outlettype": ["signal"],
					"text": "*~"
				}
			},
			{
				"box": {
					"id": "hihat-b-start",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [770, 790, 40, 22],
					"outlettype": ["", "bang"],
					"text": "t l b"
				}
			},
			{
				"box": {
					"id": "hihat-b-rewind",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [820, 820, 30, 22],
					"outlettype": [""],
					"text": "0"
				}
			},
			{
				"box": {
					"id": "hihat-b-play",
					"maxclass": "newobj",
					"numinlets": 3,
					"numoutlets": 3,
					"patching_rect": [770, 860, 110, 22],
					"outlettype": ["signal", "signal", "signal"],
					"text": "groove~ ---hihat 2"
				}
			},
			{
				"box": {
					"id": "hihat-b-envelope",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [830, 890, 40, 22],
					"outlettype": ["signal", "bang"],
					"text": "line~"
				}
			},
			{
				"box": {
					"id": "hihat-b-left",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [770, 920, 40, 22],
					"outlettype": ["signal"],
					"text": "*~"
				}
			},
			{
				"box": {
					"id": "hihat-b-right",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [820, 920, 40, 22],
					"outlettype": ["signal"],
					"text": "*~"
				}
			},
			{
				"box": {
					"id": "hihat-faded",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [840, 890, 80, 22],
					"outlettype": [""],
					"text": "faded hihat"
				}
			},
			{
				"box": {
					"id": "hihat-gains",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [800, 880, 70, 22],
					"outlettype": ["float", "float"],
					"text": "unpack f f"
				}
			},
			{
				"box": {
					"id": "hihat-gain-left-ramp",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [800, 910, 40, 22],
					"outlettype": [""],
					"text": "$1 20"
				}
			},
			{
				"box": {
					"id": "hihat-gain-left",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [800, 935, 40, 22],
					"outlettype": ["signal", "bang"],
					"text": "line~"
				}
			},
			{
				"box": {
					"id": "hihat-gain-right-ramp",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [860, 910, 40, 22],
					"outlettype": [""],
					"text": "$1 20"
				}
			},
			{
				"box": {
					"id": "hihat-gain-right",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [860, 935, 40, 22],
					"outlettype": ["signal", "bang"],
					"text": "line~"
				}
			},
			{
				"box": {
					"id": "hihat-name",
					"maxclass": "live.comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [640, 1000, 80, 18],
					"text": "Hi-hat",
					"textjustification": 0,
					"fontname": "Ableton Sans Medium",
					"fontsize": 9.0,
					"presentation": 1,
					"presentation_rect": [280, 2, 56, 16],
					"annotation": "The hi-hat pad, played by MIDI note 42 until the daemon's preset says otherwise."
				}
			},
			{
				"box": {
					"id": "hihat-state",
					"maxclass": "live.comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [730, 1000, 70, 18],
					"text": "empty",
					"textjustification": 0,
					"fontname": "Ableton Sans Medium",
					"fontsize": 9.0,
					"presentation": 1,
					"presentation_rect": [336, 2, 72, 16],
					"annotation": "The hi-hat pad's state: empty (no sample yet), idle, making (the daemon is at work), missing (the set's file is not on this computer) or error. The status line's Info View says why."
				}
			},
			{
				"box": {
					"id": "hihat-state-set",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [730, 970, 70, 22],
					"outlettype": [""],
					"text": "prepend set"
				}
			},
			{
				"box": {
					"id": "hihat-waveform",
					"maxclass": "waveform~",
					"numinlets": 5,
					"numoutlets": 6,
					"patching_rect": [640, 1030, 128, 38],
					"outlettype": ["float", "float", "float", "float", "list", ""],
					"presentation": 1,
					"presentation_rect": [280, 18, 128, 38],
					"ignoreclick": 1,
					"annotation": "The current hi-hat sample. Click it to hear it.",
					"annotation_name": "Hi-hat Waveform",
					"saved_attribute_attributes": {
						"bgcolor": {
							"expression": "themecolor.live_display_bg"
						},
						"waveformcolor": {
							"expression": "themecolor.live_display_handle_one"
						}
					}
				}
			},
			{
				"box": {
					"id": "hihat-show",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [800, 430, 110, 22],
					"outlettype": [""],
					"text": "loadmess set ---hihat"
				}
			},
			{
				"box": {
					"id": "hihat-audition",
					"maxclass": "ubutton",
					"numinlets": 1,
					"numoutlets": 4,
					"patching_rect": [780, 1030, 128, 38],
					"outlettype": ["bang", "bang", "", "int"],
					"presentation": 1,
					"presentation_rect": [280, 18, 128, 38],
					"annotation": "Click to hear the hi-hat pad at velocity 100 (it plays as the mouse button goes down; in Simpler mode too, through PadFusion's own player of the same sample).",
					"annotation_name": "Audition Hi-hat"
				}
			},
			{
				"box": {
					"id": "hihat-audition-message",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [780, 1075, 80, 22],
					"outlettype": [""],
					"text": "audition hihat"
				}
			},
			{
				"box": {
					"id": "hihat-new",
					"maxclass": "live.text",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [640, 1100, 30, 16],
					"outlettype": ["", ""],
					"parameter_enable": 1,
					"presentation": 1,
					"presentation_rect": [280, 60, 24, 16],
					"annotation": "Make a new hi-hat sample (the Steps dial applies). Acts when the mouse button is released.",
					"annotation_name": "Hi-hat New",
					"varname": "hihat-new",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_annotation_name": "Hi-hat New",
							"parameter_invisible": 2,
							"parameter_longname": "Hi-hat New",
							"parameter_shortname": "New",
							"parameter_type": 2,
							"parameter_enum": ["off", "on"],
							"parameter_mmax": 1.0,
							"parameter_modmode": 4
						}
					},
					"mode": 0,
					"outputmode": 1,
					"text": "New",
					"texton": "New"
				}
			},
			{
				"box": {
					"id": "hihat-new-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [640, 1130, 200, 22],
					"outlettype": [""],
					"text": "prepend press hihat new"
				}
			},
			{
				"box": {
					"id": "hihat-variation",
					"maxclass": "live.text",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [700, 1100, 30, 16],
					"outlettype": ["", ""],
					"parameter_enable": 1,
					"presentation": 1,
					"presentation_rect": [306, 60, 24, 16],
					"annotation": "Make a variation of the current hi-hat sample; the Variation dial sets how far it strays. Acts when the mouse button is released.",
					"annotation_name": "Hi-hat Variation",
					"varname": "hihat-variation",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_annotation_name": "Hi-hat Variation",
							"parameter_invisible": 2,
							"parameter_longname": "Hi-hat Variation",
							"parameter_shortname": "Var",
							"parameter_type": 2,
							"parameter_enum": ["off", "on"],
							"parameter_mmax": 1.0,
							"parameter_modmode": 4
						}
					},
					"mode": 0,
					"outputmode": 1,
					"text": "Var",
					"texton": "Var"
				}
			},
			{
				"box": {
					"id": "hihat-variation-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [640, 1160, 200, 22],
					"outlettype": [""],
					"text": "prepend press hihat variation"
				}
			},
			{
				"box": {
					"id": "hihat-undo",
					"maxclass": "live.text",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [760, 1100, 30, 16],
					"outlettype": ["", ""],
					"parameter_enable": 1,
					"presentation": 1,
					"presentation_rect": [332, 60, 24, 16],
					"annotation": "Go back to the previous hi-hat sample. Acts when the mouse button is released.",
					"annotation_name": "Hi-hat Undo",
					"varname": "hihat-undo",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_annotation_name": "Hi-hat Undo",
							"parameter_invisible": 2,
							"parameter_longname": "Hi-hat Undo",
							"parameter_shortname": "Undo",
							"parameter_type": 2,
							"parameter_enum": ["off", "on"],
							"parameter_mmax": 1.0,
							"parameter_modmode": 4
						}
					},
					"mode": 0,
					"outputmode": 1,
					"text": "Undo",
					"texton": "Undo"
				}
			},
			{
				"box": {
					"id": "hihat-undo-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [640, 1190, 200, 22],
					"outlettype": [""],
					"text": "prepend press hihat undo"
				}
			},
			{
				"box": {
					"id": "hihat-keep",
					"maxclass": "live.text",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [820, 1100, 30, 16],
					"outlettype": ["", ""],
					"parameter_enable": 1,
					"presentation": 1,
					"presentation_rect": [358, 60, 24, 16],
					"annotation": "Copy the current hi-hat sample into the daemon's kept/ folder so it is never overwritten. Acts when the mouse button is released.",
					"annotation_name": "Hi-hat Keep",
					"varname": "hihat-keep",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_annotation_name": "Hi-hat Keep",
							"parameter_invisible": 2,
							"parameter_longname": "Hi-hat Keep",
							"parameter_shortname": "Keep",
							"parameter_type": 2,
							"parameter_enum": ["off", "on"],
							"parameter_mmax": 1.0,
							"parameter_modmode": 4
						}
					},
					"mode": 0,
					"outputmode": 1,
					"text": "Keep",
					"texton": "Keep"
				}
			},
			{
				"box": {
					"id": "hihat-keep-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [640, 1220, 200, 22],
					"outlettype": [""],
					"text": "prepend press hihat keep"
				}
			},
			{
				"box": {
					"id": "hihat-clip",
					"maxclass": "live.text",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [880, 1100, 30, 16],
					"outlettype": ["", ""],
					"parameter_enable": 1,
					"presentation": 1,
					"presentation_rect": [384, 60, 24, 16],
					"annotation": "Put the current hi-hat sample in an audio clip, in the selected clip slot of an audio track (Live 12.0.5 or later; otherwise drag the file from the daemon's pinned/ folder). Acts when the mouse button is released.",
					"annotation_name": "Hi-hat Clip",
					"varname": "hihat-clip",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_annotation_name": "Hi-hat Clip",
							"parameter_invisible": 2,
							"parameter_longname": "Hi-hat Clip",
							"parameter_shortname": "Clip",
							"parameter_type": 2,
							"parameter_enum": ["off", "on"],
							"parameter_mmax": 1.0,
							"parameter_modmode": 4
						}
					},
					"mode": 0,
					"outputmode": 1,
					"text": "Clip",
					"texton": "Clip"
				}
			},
			{
				"box": {
					"id": "hihat-clip-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [640, 1250, 200, 22],
					"outlettype": [""],
					"text": "prepend press hihat clip"
				}
			},
			{
				"box": {
					"id": "hihat-seed",
					"maxclass": "number",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [640, 1260, 56, 16],
					"outlettype": ["", "bang"],
					"presentation": 1,
					"presentation_rect": [280, 80, 56, 16],
					"minimum": 0,
					"maximum": 2147483647,
					"fontname": "Ableton Sans Medium",
					"fontsize": 9.0,
					"annotation": "The seed of the current hi-hat sample. Type a seed and press Return to make that sample again with the pad's model, sampler and steps now.",
					"annotation_name": "Hi-hat Seed"
				}
			},
			{
				"box": {
					"id": "hihat-seed-set",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [730, 1230, 50, 22],
					"outlettype": [""],
					"text": "set $1"
				}
			},
			{
				"box": {
					"id": "hihat-seed-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [640, 1290, 200, 22],
					"outlettype": [""],
					"text": "prepend seed hihat"
				}
			},
			{
				"box": {
					"id": "hihat-drop",
					"maxclass": "live.drop",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [860, 1260, 34, 16],
					"outlettype": ["", ""],
					"presentation": 1,
					"presentation_rect": [338, 80, 34, 16],
					"parameter_enable": 0,
					"annotation": "Drop an audio file here to make a variation of it on the hi-hat pad (the Variation dial sets how far; the file must lie in the daemon's output folder or a folder in its sample_dirs).",
					"annotation_name": "Hi-hat Drop"
				}
			},
			{
				"box": {
					"id": "hihat-drop-path",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [860, 1290, 140, 22],
					"outlettype": ["", "int"],
					"text": "conformpath native boot"
				}
			},
			{
				"box": {
					"id": "hihat-drop-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [860, 1320, 110, 22],
					"outlettype": [""],
					"text": "prepend drop hihat"
				}
			},
			{
				"box": {
					"id": "hihat-choke",
					"maxclass": "live.text",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [740, 1260, 44, 16],
					"outlettype": ["", ""],
					"parameter_enable": 1,
					"presentation": 1,
					"presentation_rect": [374, 80, 34, 16],
					"annotation": "Put the hi-hat pad in the choke group: a hit on any pad of the group silences the others (a closed hi-hat cutting an open one).",
					"annotation_name": "Hi-hat Choke",
					"varname": "hihat-choke",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_annotation_name": "Hi-hat Choke",
							"parameter_invisible": 0,
							"parameter_longname": "Hi-hat Choke",
							"parameter_shortname": "Choke",
							"parameter_type": 2,
							"parameter_enum": ["Off", "On"],
							"parameter_mmax": 1.0,
							"parameter_modmode": 4
						}
					},
					"mode": 1,
					"text": "Choke",
					"texton": "Choke"
				}
			},
			{
				"box": {
					"id": "hihat-choke-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [640, 1320, 200, 22],
					"outlettype": [""],
					"text": "prepend choke hihat"
				}
			},
			{
				"box": {
					"id": "hihat-volume",
					"maxclass": "live.dial",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [640, 1360, 32, 44],
					"outlettype": ["", "float"],
					"parameter_enable": 1,
					"presentation": 1,
					"presentation_rect": [280, 98, 32, 44],
					"annotation": "Level of the hi-hat pad; the lowest setting silences it.",
					"annotation_name": "Hi-hat Volume",
					"varname": "hihat-volume",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_annotation_name": "Hi-hat Volume",
							"parameter_invisible": 0,
							"parameter_longname": "Hi-hat Volume",
							"parameter_shortname": "Vol",
							"parameter_type": 0,
							"parameter_mmin": -70.0,
							"parameter_mmax": 6.0,
							"parameter_initial": [0.0],
							"parameter_initial_enable": 1,
							"parameter_unitstyle": 4,
							"parameter_modmode": 2
						}
					},
					"fontsize": 9.0
				}
			},
			{
				"box": {
					"id": "hihat-volume-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [640, 1410, 200, 22],
					"outlettype": [""],
					"text": "prepend volume hihat"
				}
			},
			{
				"box": {
					"id": "hihat-volume-view",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [840, 1530, 200, 22],
					"outlettype": [""],
					"text": "script sendbox hihat-volume hidden $1"
				}
			},
			{
				"box": {
					"id": "hihat-tune",
					"maxclass": "live.dial",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [700, 1360, 32, 44],
					"outlettype": ["", "float"],
					"parameter_enable": 1,
					"presentation": 1,
					"presentation_rect": [312, 98, 32, 44],
					"annotation": "Pitch of the hi-hat pad in semitones (it also changes its length).",
					"annotation_name": "Hi-hat Tune",
					"varname": "hihat-tune",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_annotation_name": "Hi-hat Tune",
							"parameter_invisible": 0,
							"parameter_longname": "Hi-hat Tune",
							"parameter_shortname": "Tune",
							"parameter_type": 0,
							"parameter_mmin": -24.0,
							"parameter_mmax": 24.0,
							"parameter_initial": [0.0],
							"parameter_initial_enable": 1,
							"parameter_unitstyle": 7,
							"parameter_modmode": 2
						}
					},
					"fontsize": 9.0
				}
			},
			{
				"box": {
					"id": "hihat-tune-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [640, 1440, 200, 22],
					"outlettype": [""],
					"text": "prepend tune hihat"
				}
			},
			{
				"box": {
					"id": "hihat-tune-view",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [840, 1560, 200, 22],
					"outlettype": [""],
					"text": "script sendbox hihat-tune hidden $1"
				}
			},
			{
				"box": {
					"id": "hihat-decay",
					"maxclass": "live.dial",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [760, 1360, 32, 44],
					"outlettype": ["", "float"],
					"parameter_enable": 1,
					"presentation": 1,
					"presentation_rect": [344, 98, 32, 44],
					"annotation": "How long the hi-hat pad sounds before a 20 ms fade; at the most the whole sample plays, tuned down two octaves too.",
					"annotation_name": "Hi-hat Decay",
					"varname": "hihat-decay",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_annotation_name": "Hi-hat Decay",
							"parameter_invisible": 0,
							"parameter_longname": "Hi-hat Decay",
							"parameter_shortname": "Decay",
							"parameter_type": 0,
							"parameter_mmin": 10.0,
							"parameter_mmax": 3000.0,
							"parameter_initial": [3000.0],
							"parameter_initial_enable": 1,
							"parameter_unitstyle": 2,
							"parameter_modmode": 2,
							"parameter_exponent": 2.0
						}
					},
					"fontsize": 9.0
				}
			},
			{
				"box": {
					"id": "hihat-decay-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [640, 1470, 200, 22],
					"outlettype": [""],
					"text": "prepend decay hihat"
				}
			},
			{
				"box": {
					"id": "hihat-decay-view",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [840, 1590, 200, 22],
					"outlettype": [""],
					"text": "script sendbox hihat-decay hidden $1"
				}
			},
			{
				"box": {
					"id": "hihat-pan",
					"maxclass": "live.dial",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [820, 1360, 32, 44],
					"outlettype": ["", "float"],
					"parameter_enable": 1,
					"presentation": 1,
					"presentation_rect": [376, 98, 32, 44],
					"annotation": "Stereo position of the hi-hat pad.",
					"annotation_name": "Hi-hat Pan",
					"varname": "hihat-pan",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_annotation_name": "Hi-hat Pan",
							"parameter_invisible": 0,
							"parameter_longname": "Hi-hat Pan",
							"parameter_shortname": "Pan",
							"parameter_type": 0,
							"parameter_mmin": -50.0,
							"parameter_mmax": 50.0,
							"parameter_initial": [0.0],
							"parameter_initial_enable": 1,
							"parameter_unitstyle": 6,
							"parameter_modmode": 2
						}
					},
					"fontsize": 9.0
				}
			},
			{
				"box": {
					"id": "hihat-pan-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [640, 1500, 200, 22],
					"outlettype": [""],
					"text": "prepend pan hihat"
				}
			},
			{
				"box": {
					"id": "hihat-pan-view",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [840, 1620, 200, 22],
					"outlettype": [""],
					"text": "script sendbox hihat-pan hidden $1"
				}
			},
			{
				"box": {
					"id": "hihat-knob-decay",
					"maxclass": "live.dial",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [640, 1660, 32, 44],
					"outlettype": ["", "float"],
					"parameter_enable": 1,
					"presentation": 1,
					"presentation_rect": [280, 98, 32, 44],
					"annotation": "The hi-hat pad's decay (time to fall 30 dB under the peak), 0.03 to 0.7 s, for its next samples; at its leftmost it is free (the model's choice). Saved with the Live set.",
					"annotation_name": "Hi-hat Sound Decay",
					"varname": "hihat-knob-decay",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_annotation_name": "Hi-hat Sound Decay",
							"parameter_invisible": 1,
							"parameter_longname": "Hi-hat Sound Decay",
							"parameter_shortname": "Decay",
							"parameter_type": 0,
							"parameter_mmin": 30.0,
							"parameter_mmax": 699.9999999999999,
							"parameter_initial": [30.0],
							"parameter_initial_enable": 1,
							"parameter_unitstyle": 2,
							"parameter_modmode": 0
						}
					},
					"fontsize": 9.0,
					"hidden": 1
				}
			},
			{
				"box": {
					"id": "hihat-knob-decay-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [640, 1710, 200, 22],
					"outlettype": [""],
					"text": "prepend knob hihat decay 30 0.001"
				}
			},
			{
				"box": {
					"id": "hihat-knob-decay-view",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [840, 1830, 200, 22],
					"outlettype": [""],
					"text": "script sendbox hihat-knob-decay hidden $1"
				}
			},
			{
				"box": {
					"id": "hihat-knob-brightness",
					"maxclass": "live.dial",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [700, 1660, 32, 44],
					"outlettype": ["", "float"],
					"parameter_enable": 1,
					"presentation": 1,
					"presentation_rect": [312, 98, 32, 44],
					"annotation": "The hi-hat pad's brightness (spectral centroid), 100 to 15000 Hz, for its next samples; at its leftmost it is free (the model's choice). Saved with the Live set.",
					"annotation_name": "Hi-hat Sound Brightness",
					"varname": "hihat-knob-brightness",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_annotation_name": "Hi-hat Sound Brightness",
							"parameter_invisible": 1,
							"parameter_longname": "Hi-hat Sound Brightness",
							"parameter_shortname": "Brightness",
							"parameter_type": 0,
							"parameter_mmin": 100.0,
							"parameter_mmax": 15000.0,
							"parameter_initial": [100.0],
							"parameter_initial_enable": 1,
							"parameter_unitstyle": 3,
							"parameter_modmode": 0,
							"parameter_exponent": 3.0
						}
					},
					"fontsize": 9.0,
					"hidden": 1
				}
			},
			{
				"box": {
					"id": "hihat-knob-brightness-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [640, 1740, 200, 22],
					"outlettype": [""],
					"text": "prepend knob hihat brightness 100 1"
				}
			},
			{
				"box": {
					"id": "hihat-knob-brightness-view",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [840, 1860, 200, 22],
					"outlettype": [""],
					"text": "script sendbox hihat-knob-brightness hidden $1"
				}
			},
			{
				"box": {
					"id": "hihat-sample",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 3,
					"patching_rect": [800, 1260, 110, 22],
					"outlettype": ["", "", ""],
					"text": "pattr hihat_sample",
					"varname": "hihat_sample",
					"saved_object_attributes": {
						"parameter_enable": 1,
						"parameter_mappable": 0
					},
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_invisible": 1,
							"parameter_longname": "Hi-hat Sample",
							"parameter_shortname": "Sample",
							"parameter_type": 3,
							"parameter_annotation_name": "Hi-hat Sample"
						}
					},
					"annotation": "The hi-hat sample's file, its recipe and the pad's undo list, saved with the Live set."
				}
			},
			{
				"box": {
					"id": "hihat-restore",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [800, 1290, 130, 22],
					"outlettype": [""],
					"text": "prepend restore hihat"
				}
			},
			{
				"box": {
					"id": "perc-control",
					"maxclass": "newobj",
					"numinlets": 12,
					"numoutlets": 12,
					"patching_rect": [940, 360, 280, 22],
					"outlettype": ["", "", "", "", "", "", "", "", "", "", "", ""],
					"text": "route fade buffer note gains rate decay choke seed store state hit"
				}
			},
			{
				"box": {
					"id": "perc-is",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [940, 460, 40, 22],
					"outlettype": ["int"],
					"text": "== 39"
				}
			},
			{
				"box": {
					"id": "perc-sel",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [940, 490, 40, 22],
					"outlettype": ["bang", ""],
					"text": "sel 1"
				}
			},
			{
				"box": {
					"id": "perc-velocity",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [940, 520, 30, 22],
					"outlettype": ["int"],
					"text": "i"
				}
			},
			{
				"box": {
					"id": "perc-hit",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 4,
					"patching_rect": [940, 550, 80, 22],
					"outlettype": ["int", "bang", "bang", "bang"],
					"text": "t i b b b"
				}
			},
			{
				"box": {
					"id": "perc-choke-send-gate",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [1060, 580, 40, 22],
					"outlettype": [""],
					"text": "gate"
				}
			},
			{
				"box": {
					"id": "perc-choke-name",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [1060, 610, 50, 22],
					"outlettype": [""],
					"text": "perc"
				}
			},
			{
				"box": {
					"id": "perc-choke-send",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [1060, 640, 70, 22],
					"text": "s ---choke"
				}
			},
			{
				"box": {
					"id": "perc-choke-receive",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [1140, 580, 70, 22],
					"outlettype": [""],
					"text": "r ---choke"
				}
			},
			{
				"box": {
					"id": "perc-choke-other",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [1140, 610, 70, 22],
					"outlettype": ["", ""],
					"text": "route perc"
				}
			},
			{
				"box": {
					"id": "perc-choke-receive-gate",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [1140, 640, 40, 22],
					"outlettype": [""],
					"text": "gate"
				}
			},
			{
				"box": {
					"id": "perc-choked",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [1140, 670, 30, 22],
					"outlettype": ["bang"],
					"text": "t b"
				}
			},
			{
				"box": {
					"id": "perc-fade",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [1000, 700, 40, 22],
					"outlettype": [""],
					"text": "0 5"
				}
			},
			{
				"box": {
					"id": "perc-voice",
					"maxclass": "newobj",
					"numinlets": 4,
					"numoutlets": 4,
					"patching_rect": [1000, 610, 70, 22],
					"outlettype": ["int", "", "", "int"],
					"text": "counter 1 2"
				}
			},
			{
				"box": {
					"id": "perc-level",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [940, 610, 46, 22],
					"outlettype": ["float"],
					"text": "/ 127."
				}
			},
			{
				"box": {
					"id": "perc-envelope",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [940, 640, 70, 22],
					"outlettype": [""],
					"text": "pack f 1000."
				}
			},
			{
				"box": {
					"id": "perc-envelope-message",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [940, 670, 110, 22],
					"outlettype": [""],
					"text": "$1 0 $1 $2 0 20"
				}
			},
			{
				"box": {
					"id": "perc-voices",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [940, 730, 50, 22],
					"outlettype": ["", ""],
					"text": "gate 2"
				}
			},
			{
				"box": {
					"id": "perc-buffer",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [1100, 400, 100, 22],
					"outlettype": ["float", "bang"],
					"text": "buffer~ ---perc"
				}
			},
			{
				"box": {
					"id": "perc-rate",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [1100, 760, 50, 22],
					"outlettype": ["signal"],
					"text": "sig~ 1."
				}
			},
			{
				"box": {
					"id": "perc-left",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [940, 960, 40, 22],
					"outlettype": ["signal"],
					"text": "*~"
				}
			},
			{
				"box": {
					"id": "perc-right",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [1000, 960, 40, 22],
					"outlettype": ["signal"],
					"text": "*~"
				}
			},
			{
				"box": {
					"id": "perc-a-start",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [940, 790, 40, 22],
					"outlettype": ["", "bang"],
					"text": "t l b"
				}
			},
			{
				"box": {
					"id": "perc-a-rewind",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [990, 820, 30, 22],
					"outlettype": [""],
					"text": "0"
				}
			},
			{
				"box": {
					"id": "perc-a-play",
					"maxclass": "newobj",
					"numinlets": 3,
					"numoutlets": 3,
					"patching_rect": [940, 860, 110, 22],
					"outlettype": ["signal", "signal", "signal"],
					"text": "groove~ ---perc 2"
				}
			},
			{
				"box": {
					"id": "perc-a-envelope",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [1000, 890, 40, 22],
					"outlettype": ["signal", "bang"],
					"text": "line~"
				}
			},
			{
				"box": {
					"id": "perc-a-left",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [940, 920, 40, 22],
					"outlettype": ["signal"],
					"text": "*~"
				}
			},
			{
				"box": {
					"id": "perc-a-right",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [990, 920, 40, 22],
					"outlettype": ["signal"],
					"text": "*~"
				}
			},
			{
				"box": {
					"id": "perc-b-start",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [1070, 790, 40, 22],
					"outlettype": ["", "bang"],
					"text": "t l b"
				}
			},
			{
				"box": {
					"id": "perc-b-rewind",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [1120, 820, 30, 22],
					"outlettype": [""],
					"text": "0"
				}
			},
			{
				"box": {
					"id": "perc-b-play",
					"maxclass": "newobj",
					"numinlets": 3,
					"numoutlets": 3,
					"patching_rect": [1070, 860, 110, 22],
					"outlettype": ["signal", "signal", "signal"],
					"text": "groove~ ---perc 2"
				}
			},
			{
				"box": {
					"id": "perc-b-envelope",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [1130, 890, 40, 22],
					"outlettype": ["signal", "bang"],
					"text": "line~"
				}
			},
			{
				"box": {
					"id": "perc-b-left",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [1070, 920, 40, 22],
					"outlettype": ["signal"],
					"text": "*~"
				}
			},
			{
				"box": {
					"id": "perc-b-right",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [1120, 920, 40, 22],
					"outlettype": ["signal"],
					"text": "*~"
				}
			},
			{
				"box": {
					"id": "perc-faded",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [1140, 890, 80, 22],
					"outlettype": [""],
					"text": "faded perc"
				}
			},
			{
				"box": {
					"id": "perc-gains",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [1100, 880, 70, 22],
					"outlettype": ["float", "float"],
					"text": "unpack f f"
				}
			},
			{
				"box": {
					"id": "perc-gain-left-ramp",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [1100, 910, 40, 22],
					"outlettype": [""],
					"text": "$1 20"
				}
			},
			{
				"box": {
					"id": "perc-gain-left",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [1100, 935, 40, 22],
					"outlettype": ["signal", "bang"],
					"text": "line~"
				}
			},
			{
				"box": {
					"id": "perc-gain-right-ramp",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [1160, 910, 40, 22],
					"outlettype": [""],
					"text": "$1 20"
				}
			},
			{
				"box": {
					"id": "perc-gain-right",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"patching_rect": [1160, 935, 40, 22],
					"outlettype": ["signal", "bang"],
					"text": "line~"
				}
			},
			{
				"box": {
					"id": "perc-name",
					"maxclass": "live.comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [940, 1000, 80, 18],
					"text": "Perc",
					"textjustification": 0,
					"fontname": "Ableton Sans Medium",
					"fontsize": 9.0,
					"presentation": 1,
					"presentation_rect": [416, 2, 56, 16],
					"annotation": "The perc pad, played by MIDI note 39 until the daemon's preset says otherwise."
				}
			},
			{
				"box": {
					"id": "perc-state",
					"maxclass": "live.comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [1030, 1000, 70, 18],
					"text": "empty",
					"textjustification": 0,
					"fontname": "Ableton Sans Medium",
					"fontsize": 9.0,
					"presentation": 1,
					"presentation_rect": [472, 2, 72, 16],
					"annotation": "The perc pad's state: empty (no sample yet), idle, making (the daemon is at work), missing (the set's file is not on this computer) or error. The status line's Info View says why."
				}
			},
			{
				"box": {
					"id": "perc-state-set",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [1030, 970, 70, 22],
					"outlettype": [""],
					"text": "prepend set"
				}
			},
			{
				"box": {
					"id": "perc-waveform",
					"maxclass": "waveform~",
					"numinlets": 5,
					"numoutlets": 6,
					"patching_rect": [940, 1030, 128, 38],
					"outlettype": ["float", "float", "float", "float", "list", ""],
					"presentation": 1,
					"presentation_rect": [416, 18, 128, 38],
					"ignoreclick": 1,
					"annotation": "The current perc sample. Click it to hear it.",
					"annotation_name": "Perc Waveform",
					"saved_attribute_attributes": {
						"bgcolor": {
							"expression": "themecolor.live_display_bg"
						},
						"waveformcolor": {
							"expression": "themecolor.live_display_handle_one"
						}
					}
				}
			},
			{
				"box": {
					"id": "perc-show",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [1100, 430, 110, 22],
					"outlettype": [""],
					"text": "loadmess set ---perc"
				}
			},
			{
				"box": {
					"id": "perc-audition",
					"maxclass": "ubutton",
					"numinlets": 1,
					"numoutlets": 4,
					"patching_rect": [1080, 1030, 128, 38],
					"outlettype": ["bang", "bang", "", "int"],
					"presentation": 1,
					"presentation_rect": [416, 18, 128, 38],
					"annotation": "Click to hear the perc pad at velocity 100 (it plays as the mouse button goes down; in Simpler mode too, through PadFusion's own player of the same sample).",
					"annotation_name": "Audition Perc"
				}
			},
			{
				"box": {
					"id": "perc-audition-message",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [1080, 1075, 80, 22],
					"outlettype": [""],
					"text": "audition perc"
				}
			},
			{
				"box": {
					"id": "perc-new",
					"maxclass": "live.text",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [940, 1100, 30, 16],
					"outlettype": ["", ""],
					"parameter_enable": 1,
					"presentation": 1,
					"presentation_rect": [416, 60, 24, 16],
					"annotation": "Make a new perc sample (the Steps dial applies). Acts when the mouse button is released.",
					"annotation_name": "Perc New",
					"varname": "perc-new",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_annotation_name": "Perc New",
							"parameter_invisible": 2,
							"parameter_longname": "Perc New",
							"parameter_shortname": "New",
							"parameter_type": 2,
							"parameter_enum": ["off", "on"],
							"parameter_mmax": 1.0,
							"parameter_modmode": 4
						}
					},
					"mode": 0,
					"outputmode": 1,
					"text": "New",
					"texton": "New"
				}
			},
			{
				"box": {
					"id": "perc-new-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [940, 1130, 200, 22],
					"outlettype": [""],
					"text": "prepend press perc new"
				}
			},
			{
				"box": {
					"id": "perc-variation",
					"maxclass": "live.text",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [1000, 1100, 30, 16],
					"outlettype": ["", ""],
					"parameter_enable": 1,
					"presentation": 1,
					"presentation_rect": [442, 60, 24, 16],
					"annotation": "Make a variation of the current perc sample; the Variation dial sets how far it strays. Acts when the mouse button is released.",
					"annotation_name": "Perc Variation",
					"varname": "perc-variation",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_annotation_name": "Perc Variation",
							"parameter_invisible": 2,
							"parameter_longname": "Perc Variation",
							"parameter_shortname": "Var",
							"parameter_type": 2,
							"parameter_enum": ["off", "on"],
							"parameter_mmax": 1.0,
							"parameter_modmode": 4
						}
					},
					"mode": 0,
					"outputmode": 1,
					"text": "Var",
					"texton": "Var"
				}
			},
			{
				"box": {
					"id": "perc-variation-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [940, 1160, 200, 22],
					"outlettype": [""],
					"text": "prepend press perc variation"
				}
			},
			{
				"box": {
					"id": "perc-undo",
					"maxclass": "live.text",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [1060, 1100, 30, 16],
					"outlettype": ["", ""],
					"parameter_enable": 1,
					"presentation": 1,
					"presentation_rect": [468, 60, 24, 16],
					"annotation": "Go back to the previous perc sample. Acts when the mouse button is released.",
					"annotation_name": "Perc Undo",
					"varname": "perc-undo",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_annotation_name": "Perc Undo",
							"parameter_invisible": 2,
							"parameter_longname": "Perc Undo",
							"parameter_shortname": "Undo",
							"parameter_type": 2,
							"parameter_enum": ["off", "on"],
							"parameter_mmax": 1.0,
							"parameter_modmode": 4
						}
					},
					"mode": 0,
					"outputmode": 1,
					"text": "Undo",
					"texton": "Undo"
				}
			},
			{
				"box": {
					"id": "perc-undo-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [940, 1190, 200, 22],
					"outlettype": [""],
					"text": "prepend press perc undo"
				}
			},
			{
				"box": {
					"id": "perc-keep",
					"maxclass": "live.text",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [1120, 1100, 30, 16],
					"outlettype": ["", ""],
					"parameter_enable": 1,
					"presentation": 1,
					"presentation_rect": [494, 60, 24, 16],
					"annotation": "Copy the current perc sample into the daemon's kept/ folder so it is never overwritten. Acts when the mouse button is released.",
					"annotation_name": "Perc Keep",
					"varname": "perc-keep",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_annotation_name": "Perc Keep",
							"parameter_invisible": 2,
							"parameter_longname": "Perc Keep",
							"parameter_shortname": "Keep",
							"parameter_type": 2,
							"parameter_enum": ["off", "on"],
							"parameter_mmax": 1.0,
							"parameter_modmode": 4
						}
					},
					"mode": 0,
					"outputmode": 1,
					"text": "Keep",
					"texton": "Keep"
				}
			},
			{
				"box": {
					"id": "perc-keep-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [940, 1220, 200, 22],
					"outlettype": [""],
					"text": "prepend press perc keep"
				}
			},
			{
				"box": {
					"id": "perc-clip",
					"maxclass": "live.text",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [1180, 1100, 30, 16],
					"outlettype": ["", ""],
					"parameter_enable": 1,
					"presentation": 1,
					"presentation_rect": [520, 60, 24, 16],
					"annotation": "Put the current perc sample in an audio clip, in the selected clip slot of an audio track (Live 12.0.5 or later; otherwise drag the file from the daemon's pinned/ folder). Acts when the mouse button is released.",
					"annotation_name": "Perc Clip",
					"varname": "perc-clip",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_annotation_name": "Perc Clip",
							"parameter_invisible": 2,
							"parameter_longname": "Perc Clip",
							"parameter_shortname": "Clip",
							"parameter_type": 2,
							"parameter_enum": ["off", "on"],
							"parameter_mmax": 1.0,
							"parameter_modmode": 4
						}
					},
					"mode": 0,
					"outputmode": 1,
					"text": "Clip",
					"texton": "Clip"
				}
			},
			{
				"box": {
					"id": "perc-clip-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [940, 1250, 200, 22],
					"outlettype": [""],
					"text": "prepend press perc clip"
				}
			},
			{
				"box": {
					"id": "perc-seed",
					"maxclass": "number",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [940, 1260, 56, 16],
					"outlettype": ["", "bang"],
					"presentation": 1,
					"presentation_rect": [416, 80, 56, 16],
					"minimum": 0,
					"maximum": 2147483647,
					"fontname": "Ableton Sans Medium",
					"fontsize": 9.0,
					"annotation": "The seed of the current perc sample. Type a seed and press Return to make that sample again with the pad's model, sampler and steps now.",
					"annotation_name": "Perc Seed"
				}
			},
			{
				"box": {
					"id": "perc-seed-set",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [1030, 1230, 50, 22],
					"outlettype": [""],
					"text": "set $1"
				}
			},
			{
				"box": {
					"id": "perc-seed-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [940, 1290, 200, 22],
					"outlettype": [""],
					"text": "prepend seed perc"
				}
			},
			{
				"box": {
					"id": "perc-drop",
					"maxclass": "live.drop",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [1160, 1260, 34, 16],
					"outlettype": ["", ""],
					"presentation": 1,
					"presentation_rect": [474, 80, 34, 16],
					"parameter_enable": 0,
					"annotation": "Drop an audio file here to make a variation of it on the perc pad (the Variation dial sets how far; the file must lie in the daemon's output folder or a folder in its sample_dirs).",
					"annotation_name": "Perc Drop"
				}
			},
			{
				"box": {
					"id": "perc-drop-path",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [1160, 1290, 140, 22],
					"outlettype": ["", "int"],
					"text": "conformpath native boot"
				}
			},
			{
				"box": {
					"id": "perc-drop-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [1160, 1320, 110, 22],
					"outlettype": [""],
					"text": "prepend drop perc"
				}
			},
			{
				"box": {
					"id": "perc-choke",
					"maxclass": "live.text",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [1040, 1260, 44, 16],
					"outlettype": ["", ""],
					"parameter_enable": 1,
					"presentation": 1,
					"presentation_rect": [510, 80, 34, 16],
					"annotation": "Put the perc pad in the choke group: a hit on any pad of the group silences the others (a closed hi-hat cutting an open one).",
					"annotation_name": "Perc Choke",
					"varname": "perc-choke",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_annotation_name": "Perc Choke",
							"parameter_invisible": 0,
							"parameter_longname": "Perc Choke",
							"parameter_shortname": "Choke",
							"parameter_type": 2,
							"parameter_enum": ["Off", "On"],
							"parameter_mmax": 1.0,
							"parameter_modmode": 4
						}
					},
					"mode": 1,
					"text": "Choke",
					"texton": "Choke"
				}
			},
			{
				"box": {
					"id": "perc-choke-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [940, 1320, 200, 22],
					"outlettype": [""],
					"text": "prepend choke perc"
				}
			},
			{
				"box": {
					"id": "perc-volume",
					"maxclass": "live.dial",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [940, 1360, 32, 44],
					"outlettype": ["", "float"],
					"parameter_enable": 1,
					"presentation": 1,
					"presentation_rect": [416, 98, 32, 44],
					"annotation": "Level of the perc pad; the lowest setting silences it.",
					"annotation_name": "Perc Volume",
					"varname": "perc-volume",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_annotation_name": "Perc Volume",
							"parameter_invisible": 0,
							"parameter_longname": "Perc Volume",
							"parameter_shortname": "Vol",
							"parameter_type": 0,
							"parameter_mmin": -70.0,
							"parameter_mmax": 6.0,
							"parameter_initial": [0.0],
							"parameter_initial_enable": 1,
							"parameter_unitstyle": 4,
							"parameter_modmode": 2
						}
					},
					"fontsize": 9.0
				}
			},
			{
				"box": {
					"id": "perc-volume-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [940, 1410, 200, 22],
					"outlettype": [""],
					"text": "prepend volume perc"
				}
			},
			{
				"box": {
					"id": "perc-volume-view",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [1140, 1530, 200, 22],
					"outlettype": [""],
					"text": "script sendbox perc-volume hidden $1"
				}
			},
			{
				"box": {
					"id": "perc-tune",
					"maxclass": "live.dial",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [1000, 1360, 32, 44],
					"outlettype": ["", "float"],
					"parameter_enable": 1,
					"presentation": 1,
					"presentation_rect": [448, 98, 32, 44],
					"annotation": "Pitch of the perc pad in semitones (it also changes its length).",
					"annotation_name": "Perc Tune",
					"varname": "perc-tune",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_annotation_name": "Perc Tune",
							"parameter_invisible": 0,
							"parameter_longname": "Perc Tune",
							"parameter_shortname": "Tune",
							"parameter_type": 0,
							"parameter_mmin": -24.0,
							"parameter_mmax": 24.0,
							"parameter_initial": [0.0],
							"parameter_initial_enable": 1,
							"parameter_unitstyle": 7,
							"parameter_modmode": 2
						}
					},
					"fontsize": 9.0
				}
			},
			{
				"box": {
					"id": "perc-tune-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [940, 1440, 200, 22],
					"outlettype": [""],
					"text": "prepend tune perc"
				}
			},
			{
				"box": {
					"id": "perc-tune-view",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [1140, 1560, 200, 22],
					"outlettype": [""],
					"text": "script sendbox perc-tune hidden $1"
				}
			},
			{
				"box": {
					"id": "perc-decay",
					"maxclass": "live.dial",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [1060, 1360, 32, 44],
					"outlettype": ["", "float"],
					"parameter_enable": 1,
					"presentation": 1,
					"presentation_rect": [480, 98, 32, 44],
					"annotation": "How long the perc pad sounds before a 20 ms fade; at the most the whole sample plays, tuned down two octaves too.",
					"annotation_name": "Perc Decay",
					"varname": "perc-decay",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_annotation_name": "Perc Decay",
							"parameter_invisible": 0,
							"parameter_longname": "Perc Decay",
							"parameter_shortname": "Decay",
							"parameter_type": 0,
							"parameter_mmin": 10.0,
							"parameter_mmax": 3000.0,
							"parameter_initial": [3000.0],
							"parameter_initial_enable": 1,
							"parameter_unitstyle": 2,
							"parameter_modmode": 2,
							"parameter_exponent": 2.0
						}
					},
					"fontsize": 9.0
				}
			},
			{
				"box": {
					"id": "perc-decay-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [940, 1470, 200, 22],
					"outlettype": [""],
					"text": "prepend decay perc"
				}
			},
			{
				"box": {
					"id": "perc-decay-view",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [1140, 1590, 200, 22],
					"outlettype": [""],
					"text": "script sendbox perc-decay hidden $1"
				}
			},
			{
				"box": {
					"id": "perc-pan",
					"maxclass": "live.dial",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [1120, 1360, 32, 44],
					"outlettype": ["", "float"],
					"parameter_enable": 1,
					"presentation": 1,
					"presentation_rect": [512, 98, 32, 44],
					"annotation": "Stereo position of the perc pad.",
					"annotation_name": "Perc Pan",
					"varname": "perc-pan",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_annotation_name": "Perc Pan",
							"parameter_invisible": 0,
							"parameter_longname": "Perc Pan",
							"parameter_shortname": "Pan",
							"parameter_type": 0,
							"parameter_mmin": -50.0,
							"parameter_mmax": 50.0,
							"parameter_initial": [0.0],
							"parameter_initial_enable": 1,
							"parameter_unitstyle": 6,
							"parameter_modmode": 2
						}
					},
					"fontsize": 9.0
				}
			},
			{
				"box": {
					"id": "perc-pan-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [940, 1500, 200, 22],
					"outlettype": [""],
					"text": "prepend pan perc"
				}
			},
			{
				"box": {
					"id": "perc-pan-view",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [1140, 1620, 200, 22],
					"outlettype": [""],
					"text": "script sendbox perc-pan hidden $1"
				}
			},
			{
				"box": {
					"id": "perc-knob-pitch",
					"maxclass": "live.dial",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [940, 1660, 32, 44],
					"outlettype": ["", "float"],
					"parameter_enable": 1,
					"presentation": 1,
					"presentation_rect": [416, 98, 32, 44],
					"annotation": "The perc pad's pitch (the body's pitch after the attack (or a note name, e.g. A1)), 40 to 2000 Hz, for its next samples; at its leftmost it is free (the model's choice). Saved with the Live set.",
					"annotation_name": "Perc Sound Pitch",
					"varname": "perc-knob-pitch",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_annotation_name": "Perc Sound Pitch",
							"parameter_invisible": 1,
							"parameter_longname": "Perc Sound Pitch",
							"parameter_shortname": "Pitch",
							"parameter_type": 0,
							"parameter_mmin": 40.0,
							"parameter_mmax": 2000.0,
							"parameter_initial": [40.0],
							"parameter_initial_enable": 1,
							"parameter_unitstyle": 3,
							"parameter_modmode": 0,
							"parameter_exponent": 3.0
						}
					},
					"fontsize": 9.0,
					"hidden": 1
				}
			},
			{
				"box": {
					"id": "perc-knob-pitch-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [940, 1710, 200, 22],
					"outlettype": [""],
					"text": "prepend knob perc pitch 40 1"
				}
			},
			{
				"box": {
					"id": "perc-knob-pitch-view",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [1140, 1830, 200, 22],
					"outlettype": [""],
					"text": "script sendbox perc-knob-pitch hidden $1"
				}
			},
			{
				"box": {
					"id": "perc-knob-decay",
					"maxclass": "live.dial",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [1000, 1660, 32, 44],
					"outlettype": ["", "float"],
					"parameter_enable": 1,
					"presentation": 1,
					"presentation_rect": [448, 98, 32, 44],
					"annotation": "The perc pad's decay (time to fall 30 dB under the peak), 0.03 to 0.7 s, for its next samples; at its leftmost it is free (the model's choice). Saved with the Live set.",
					"annotation_name": "Perc Sound Decay",
					"varname": "perc-knob-decay",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_annotation_name": "Perc Sound Decay",
							"parameter_invisible": 1,
							"parameter_longname": "Perc Sound Decay",
							"parameter_shortname": "Decay",
							"parameter_type": 0,
							"parameter_mmin": 30.0,
							"parameter_mmax": 699.9999999999999,
							"parameter_initial": [30.0],
							"parameter_initial_enable": 1,
							"parameter_unitstyle": 2,
							"parameter_modmode": 0
						}
					},
					"fontsize": 9.0,
					"hidden": 1
				}
			},
			{
				"box": {
					"id": "perc-knob-decay-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [940, 1740, 200, 22],
					"outlettype": [""],
					"text": "prepend knob perc decay 30 0.001"
				}
			},
			{
				"box": {
					"id": "perc-knob-decay-view",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [1140, 1860, 200, 22],
					"outlettype": [""],
					"text": "script sendbox perc-knob-decay hidden $1"
				}
			},
			{
				"box": {
					"id": "perc-knob-brightness",
					"maxclass": "live.dial",
					"numinlets": 1,
					"numoutlets": 2,
					"patching_rect": [1060, 1660, 32, 44],
					"outlettype": ["", "float"],
					"parameter_enable": 1,
					"presentation": 1,
					"presentation_rect": [480, 98, 32, 44],
					"annotation": "The perc pad's brightness (spectral centroid), 100 to 15000 Hz, for its next samples; at its leftmost it is free (the model's choice). Saved with the Live set.",
					"annotation_name": "Perc Sound Brightness",
					"varname": "perc-knob-brightness",
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_annotation_name": "Perc Sound Brightness",
							"parameter_invisible": 1,
							"parameter_longname": "Perc Sound Brightness",
							"parameter_shortname": "Brightness",
							"parameter_type": 0,
							"parameter_mmin": 100.0,
							"parameter_mmax": 15000.0,
							"parameter_initial": [100.0],
							"parameter_initial_enable": 1,
							"parameter_unitstyle": 3,
							"parameter_modmode": 0,
							"parameter_exponent": 3.0
						}
					},
					"fontsize": 9.0,
					"hidden": 1
				}
			},
			{
				"box": {
					"id": "perc-knob-brightness-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [940, 1770, 200, 22],
					"outlettype": [""],
					"text": "prepend knob perc brightness 100 1"
				}
			},
			{
				"box": {
					"id": "perc-knob-brightness-view",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"patching_rect": [1140, 1890, 200, 22],
					"outlettype": [""],
					"text": "script sendbox perc-knob-brightness hidden $1"
				}
			},
			{
				"box": {
					"id": "perc-sample",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 3,
					"patching_rect": [1100, 1260, 110, 22],
					"outlettype": ["", "", ""],
					"text": "pattr perc_sample",
					"varname": "perc_sample",
					"saved_object_attributes": {
						"parameter_enable": 1,
						"parameter_mappable": 0
					},
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_invisible": 1,
							"parameter_longname": "Perc Sample",
							"parameter_shortname": "Sample",
							"parameter_type": 3,
							"parameter_annotation_name": "Perc Sample"
						}
					},
					"annotation": "The perc sample's file, its recipe and the pad's undo list, saved with the Live set."
				}
			},
			{
				"box": {
					"id": "perc-restore",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"patching_rect": [1100, 1290, 130, 22],
					"outlettype": [""],
					"text": "prepend restore perc"
				}
			}
		],
		"lines": [
			{
				"patchline": {
					"source": ["thisdevice", 0],
					"destination": ["init", 0]
				}
			},
			{
				"patchline": {
					"source": ["init", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["logic", 0],
					"destination": ["udpsend", 0]
				}
			},
			{
				"patchline": {
					"source": ["udpreceive", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["logic", 4],
					"destination": ["network", 0]
				}
			},
			{
				"patchline": {
					"source": ["network", 0],
					"destination": ["udpsend", 0]
				}
			},
			{
				"patchline": {
					"source": ["network", 1],
					"destination": ["udpreceive", 0]
				}
			},
			{
				"patchline": {
					"source": ["network", 2],
					"destination": ["probe", 0]
				}
			},
			{
				"patchline": {
					"source": ["logic", 3],
					"destination": ["defer", 0]
				}
			},
			{
				"patchline": {
					"source": ["defer", 0],
					"destination": ["simpler", 0]
				}
			},
			{
				"patchline": {
					"source": ["simpler", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["logic", 1],
					"destination": ["texts", 0]
				}
			},
			{
				"patchline": {
					"source": ["texts", 0],
					"destination": ["status-set", 0]
				}
			},
			{
				"patchline": {
					"source": ["status-set", 0],
					"destination": ["status", 0]
				}
			},
			{
				"patchline": {
					"source": ["texts", 1],
					"destination": ["status-info", 0]
				}
			},
			{
				"patchline": {
					"source": ["status-info", 0],
					"destination": ["status", 0]
				}
			},
			{
				"patchline": {
					"source": ["midiin", 0],
					"destination": ["midiparse", 0]
				}
			},
			{
				"patchline": {
					"source": ["midiparse", 0],
					"destination": ["stripnote", 0]
				}
			},
			{
				"patchline": {
					"source": ["logic", 2],
					"destination": ["players", 0]
				}
			},
			{
				"patchline": {
					"source": ["players", 4],
					"destination": ["output-gain", 0]
				}
			},
			{
				"patchline": {
					"source": ["output-gain", 0],
					"destination": ["output-left", 1]
				}
			},
			{
				"patchline": {
					"source": ["output-gain", 0],
					"destination": ["output-right", 1]
				}
			},
			{
				"patchline": {
					"source": ["output-left", 0],
					"destination": ["plugout", 0]
				}
			},
			{
				"patchline": {
					"source": ["output-right", 0],
					"destination": ["plugout", 1]
				}
			},
			{
				"patchline": {
					"source": ["players", 5],
					"destination": ["connection-set", 0]
				}
			},
			{
				"patchline": {
					"source": ["connection-set", 0],
					"destination": ["connection", 0]
				}
			},
			{
				"patchline": {
					"source": ["steps", 0],
					"destination": ["steps-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["steps-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["strength", 0],
					"destination": ["strength-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["strength-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["target", 0],
					"destination": ["target-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["target-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["key", 1],
					"destination": ["key-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["key-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["take_midi", 0],
					"destination": ["take_midi-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["take_midi-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["build_rack", 0],
					"destination": ["build_rack-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["build_rack-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["osc_port", 0],
					"destination": ["osc_port-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["osc_port-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["sound", 0],
					"destination": ["sound-players", 0]
				}
			},
			{
				"patchline": {
					"source": ["sound", 0],
					"destination": ["sound-knobs", 0]
				}
			},
			{
				"patchline": {
					"source": ["host", 0],
					"destination": ["host-text", 0]
				}
			},
			{
				"patchline": {
					"source": ["host-text", 0],
					"destination": ["host-stored", 0]
				}
			},
			{
				"patchline": {
					"source": ["host-text", 1],
					"destination": ["host-stored", 0]
				}
			},
			{
				"patchline": {
					"source": ["host-stored", 0],
					"destination": ["host-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["host-stored", 0],
					"destination": ["host-show", 0]
				}
			},
			{
				"patchline": {
					"source": ["host-show", 0],
					"destination": ["host", 0]
				}
			},
			{
				"patchline": {
					"source": ["host-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["texts", 2],
					"destination": ["port-set", 0]
				}
			},
			{
				"patchline": {
					"source": ["port-set", 0],
					"destination": ["port", 0]
				}
			},
			{
				"patchline": {
					"source": ["players", 0],
					"destination": ["kick-control", 0]
				}
			},
			{
				"patchline": {
					"source": ["stripnote", 0],
					"destination": ["kick-is", 0]
				}
			},
			{
				"patchline": {
					"source": ["stripnote", 1],
					"destination": ["kick-velocity", 1]
				}
			},
			{
				"patchline": {
					"source": ["kick-control", 2],
					"destination": ["kick-is", 1]
				}
			},
			{
				"patchline": {
					"source": ["kick-is", 0],
					"destination": ["kick-sel", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-sel", 0],
					"destination": ["kick-velocity", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-velocity", 0],
					"destination": ["kick-hit", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-hit", 3],
					"destination": ["kick-choke-send-gate", 1]
				}
			},
			{
				"patchline": {
					"source": ["kick-choke-send-gate", 0],
					"destination": ["kick-choke-name", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-choke-name", 0],
					"destination": ["kick-choke-send", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-choke-receive", 0],
					"destination": ["kick-choke-other", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-choke-other", 1],
					"destination": ["kick-choke-receive-gate", 1]
				}
			},
			{
				"patchline": {
					"source": ["kick-choke-receive-gate", 0],
					"destination": ["kick-choked", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-control", 6],
					"destination": ["kick-choke-send-gate", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-control", 6],
					"destination": ["kick-choke-receive-gate", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-hit", 2],
					"destination": ["kick-fade", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-choked", 0],
					"destination": ["kick-fade", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-control", 0],
					"destination": ["kick-fade", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-hit", 1],
					"destination": ["kick-voice", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-voice", 0],
					"destination": ["kick-voices", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-hit", 0],
					"destination": ["kick-level", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-level", 0],
					"destination": ["kick-envelope", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-control", 5],
					"destination": ["kick-envelope", 1]
				}
			},
			{
				"patchline": {
					"source": ["kick-envelope", 0],
					"destination": ["kick-envelope-message", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-envelope-message", 0],
					"destination": ["kick-voices", 1]
				}
			},
			{
				"patchline": {
					"source": ["kick-control", 1],
					"destination": ["kick-buffer", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-control", 4],
					"destination": ["kick-rate", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-voices", 0],
					"destination": ["kick-a-start", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-a-start", 1],
					"destination": ["kick-a-rewind", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-a-rewind", 0],
					"destination": ["kick-a-play", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-a-start", 0],
					"destination": ["kick-a-envelope", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-fade", 0],
					"destination": ["kick-a-envelope", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-rate", 0],
					"destination": ["kick-a-play", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-a-play", 0],
					"destination": ["kick-a-left", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-a-play", 1],
					"destination": ["kick-a-right", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-a-envelope", 0],
					"destination": ["kick-a-left", 1]
				}
			},
			{
				"patchline": {
					"source": ["kick-a-envelope", 0],
					"destination": ["kick-a-right", 1]
				}
			},
			{
				"patchline": {
					"source": ["kick-a-left", 0],
					"destination": ["kick-left", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-a-right", 0],
					"destination": ["kick-right", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-voices", 1],
					"destination": ["kick-b-start", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-b-start", 1],
					"destination": ["kick-b-rewind", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-b-rewind", 0],
					"destination": ["kick-b-play", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-b-start", 0],
					"destination": ["kick-b-envelope", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-fade", 0],
					"destination": ["kick-b-envelope", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-rate", 0],
					"destination": ["kick-b-play", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-b-play", 0],
					"destination": ["kick-b-left", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-b-play", 1],
					"destination": ["kick-b-right", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-b-envelope", 0],
					"destination": ["kick-b-left", 1]
				}
			},
			{
				"patchline": {
					"source": ["kick-b-envelope", 0],
					"destination": ["kick-b-right", 1]
				}
			},
			{
				"patchline": {
					"source": ["kick-b-left", 0],
					"destination": ["kick-left", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-b-right", 0],
					"destination": ["kick-right", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-a-envelope", 1],
					"destination": ["kick-faded", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-faded", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-gains", 0],
					"destination": ["kick-gain-left-ramp", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-gain-left-ramp", 0],
					"destination": ["kick-gain-left", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-gain-left", 0],
					"destination": ["kick-left", 1]
				}
			},
			{
				"patchline": {
					"source": ["kick-left", 0],
					"destination": ["output-left", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-gains", 1],
					"destination": ["kick-gain-right-ramp", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-gain-right-ramp", 0],
					"destination": ["kick-gain-right", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-gain-right", 0],
					"destination": ["kick-right", 1]
				}
			},
			{
				"patchline": {
					"source": ["kick-right", 0],
					"destination": ["output-right", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-control", 3],
					"destination": ["kick-gains", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-control", 9],
					"destination": ["kick-state-set", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-state-set", 0],
					"destination": ["kick-state", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-buffer", 1],
					"destination": ["kick-show", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-show", 0],
					"destination": ["kick-waveform", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-audition", 1],
					"destination": ["kick-audition-message", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-audition-message", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-control", 10],
					"destination": ["kick-hit", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-new", 0],
					"destination": ["kick-new-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-new-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-variation", 0],
					"destination": ["kick-variation-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-variation-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-undo", 0],
					"destination": ["kick-undo-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-undo-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-keep", 0],
					"destination": ["kick-keep-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-keep-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-clip", 0],
					"destination": ["kick-clip-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-clip-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-control", 7],
					"destination": ["kick-seed-set", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-seed-set", 0],
					"destination": ["kick-seed", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-seed", 0],
					"destination": ["kick-seed-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-seed-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-drop", 0],
					"destination": ["kick-drop-path", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-drop-path", 0],
					"destination": ["kick-drop-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-drop-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-choke", 0],
					"destination": ["kick-choke-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-choke-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-volume", 0],
					"destination": ["kick-volume-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-volume-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["sound-players", 0],
					"destination": ["kick-volume-view", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-volume-view", 0],
					"destination": ["view", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-tune", 0],
					"destination": ["kick-tune-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-tune-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["sound-players", 0],
					"destination": ["kick-tune-view", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-tune-view", 0],
					"destination": ["view", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-decay", 0],
					"destination": ["kick-decay-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-decay-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["sound-players", 0],
					"destination": ["kick-decay-view", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-decay-view", 0],
					"destination": ["view", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-pan", 0],
					"destination": ["kick-pan-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-pan-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["sound-players", 0],
					"destination": ["kick-pan-view", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-pan-view", 0],
					"destination": ["view", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-knob-pitch", 0],
					"destination": ["kick-knob-pitch-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-knob-pitch-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["sound-knobs", 0],
					"destination": ["kick-knob-pitch-view", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-knob-pitch-view", 0],
					"destination": ["view", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-knob-decay", 0],
					"destination": ["kick-knob-decay-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-knob-decay-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["sound-knobs", 0],
					"destination": ["kick-knob-decay-view", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-knob-decay-view", 0],
					"destination": ["view", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-knob-punch", 0],
					"destination": ["kick-knob-punch-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-knob-punch-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["sound-knobs", 0],
					"destination": ["kick-knob-punch-view", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-knob-punch-view", 0],
					"destination": ["view", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-knob-brightness", 0],
					"destination": ["kick-knob-brightness-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-knob-brightness-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["sound-knobs", 0],
					"destination": ["kick-knob-brightness-view", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-knob-brightness-view", 0],
					"destination": ["view", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-control", 8],
					"destination": ["kick-sample", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-sample", 0],
					"destination": ["kick-restore", 0]
				}
			},
			{
				"patchline": {
					"source": ["kick-restore", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["players", 1],
					"destination": ["snare-control", 0]
				}
			},
			{
				"patchline": {
					"source": ["stripnote", 0],
					"destination": ["snare-is", 0]
				}
			},
			{
				"patchline": {
					"source": ["stripnote", 1],
					"destination": ["snare-velocity", 1]
				}
			},
			{
				"patchline": {
					"source": ["snare-control", 2],
					"destination": ["snare-is", 1]
				}
			},
			{
				"patchline": {
					"source": ["snare-is", 0],
					"destination": ["snare-sel", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-sel", 0],
					"destination": ["snare-velocity", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-velocity", 0],
					"destination": ["snare-hit", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-hit", 3],
					"destination": ["snare-choke-send-gate", 1]
				}
			},
			{
				"patchline": {
					"source": ["snare-choke-send-gate", 0],
					"destination": ["snare-choke-name", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-choke-name", 0],
					"destination": ["snare-choke-send", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-choke-receive", 0],
					"destination": ["snare-choke-other", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-choke-other", 1],
					"destination": ["snare-choke-receive-gate", 1]
				}
			},
			{
				"patchline": {
					"source": ["snare-choke-receive-gate", 0],
					"destination": ["snare-choked", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-control", 6],
					"destination": ["snare-choke-send-gate", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-control", 6],
					"destination": ["snare-choke-receive-gate", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-hit", 2],
					"destination": ["snare-fade", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-choked", 0],
					"destination": ["snare-fade", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-control", 0],
					"destination": ["snare-fade", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-hit", 1],
					"destination": ["snare-voice", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-voice", 0],
					"destination": ["snare-voices", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-hit", 0],
					"destination": ["snare-level", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-level", 0],
					"destination": ["snare-envelope", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-control", 5],
					"destination": ["snare-envelope", 1]
				}
			},
			{
				"patchline": {
					"source": ["snare-envelope", 0],
					"destination": ["snare-envelope-message", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-envelope-message", 0],
					"destination": ["snare-voices", 1]
				}
			},
			{
				"patchline": {
					"source": ["snare-control", 1],
					"destination": ["snare-buffer", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-control", 4],
					"destination": ["snare-rate", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-voices", 0],
					"destination": ["snare-a-start", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-a-start", 1],
					"destination": ["snare-a-rewind", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-a-rewind", 0],
					"destination": ["snare-a-play", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-a-start", 0],
					"destination": ["snare-a-envelope", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-fade", 0],
					"destination": ["snare-a-envelope", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-rate", 0],
					"destination": ["snare-a-play", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-a-play", 0],
					"destination": ["snare-a-left", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-a-play", 1],
					"destination": ["snare-a-right", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-a-envelope", 0],
					"destination": ["snare-a-left", 1]
				}
			},
			{
				"patchline": {
					"source": ["snare-a-envelope", 0],
					"destination": ["snare-a-right", 1]
				}
			},
			{
				"patchline": {
					"source": ["snare-a-left", 0],
					"destination": ["snare-left", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-a-right", 0],
					"destination": ["snare-right", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-voices", 1],
					"destination": ["snare-b-start", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-b-start", 1],
					"destination": ["snare-b-rewind", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-b-rewind", 0],
					"destination": ["snare-b-play", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-b-start", 0],
					"destination": ["snare-b-envelope", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-fade", 0],
					"destination": ["snare-b-envelope", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-rate", 0],
					"destination": ["snare-b-play", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-b-play", 0],
					"destination": ["snare-b-left", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-b-play", 1],
					"destination": ["snare-b-right", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-b-envelope", 0],
					"destination": ["snare-b-left", 1]
				}
			},
			{
				"patchline": {
					"source": ["snare-b-envelope", 0],
					"destination": ["snare-b-right", 1]
				}
			},
			{
				"patchline": {
					"source": ["snare-b-left", 0],
					"destination": ["snare-left", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-b-right", 0],
					"destination": ["snare-right", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-a-envelope", 1],
					"destination": ["snare-faded", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-faded", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-gains", 0],
					"destination": ["snare-gain-left-ramp", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-gain-left-ramp", 0],
					"destination": ["snare-gain-left", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-gain-left", 0],
					"destination": ["snare-left", 1]
				}
			},
			{
				"patchline": {
					"source": ["snare-left", 0],
					"destination": ["output-left", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-gains", 1],
					"destination": ["snare-gain-right-ramp", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-gain-right-ramp", 0],
					"destination": ["snare-gain-right", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-gain-right", 0],
					"destination": ["snare-right", 1]
				}
			},
			{
				"patchline": {
					"source": ["snare-right", 0],
					"destination": ["output-right", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-control", 3],
					"destination": ["snare-gains", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-control", 9],
					"destination": ["snare-state-set", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-state-set", 0],
					"destination": ["snare-state", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-buffer", 1],
					"destination": ["snare-show", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-show", 0],
					"destination": ["snare-waveform", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-audition", 1],
					"destination": ["snare-audition-message", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-audition-message", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-control", 10],
					"destination": ["snare-hit", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-new", 0],
					"destination": ["snare-new-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-new-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-variation", 0],
					"destination": ["snare-variation-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-variation-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-undo", 0],
					"destination": ["snare-undo-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-undo-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-keep", 0],
					"destination": ["snare-keep-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-keep-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-clip", 0],
					"destination": ["snare-clip-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-clip-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-control", 7],
					"destination": ["snare-seed-set", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-seed-set", 0],
					"destination": ["snare-seed", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-seed", 0],
					"destination": ["snare-seed-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-seed-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-drop", 0],
					"destination": ["snare-drop-path", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-drop-path", 0],
					"destination": ["snare-drop-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-drop-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-choke", 0],
					"destination": ["snare-choke-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-choke-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-volume", 0],
					"destination": ["snare-volume-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-volume-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["sound-players", 0],
					"destination": ["snare-volume-view", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-volume-view", 0],
					"destination": ["view", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-tune", 0],
					"destination": ["snare-tune-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-tune-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["sound-players", 0],
					"destination": ["snare-tune-view", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-tune-view", 0],
					"destination": ["view", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-decay", 0],
					"destination": ["snare-decay-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-decay-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["sound-players", 0],
					"destination": ["snare-decay-view", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-decay-view", 0],
					"destination": ["view", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-pan", 0],
					"destination": ["snare-pan-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-pan-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["sound-players", 0],
					"destination": ["snare-pan-view", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-pan-view", 0],
					"destination": ["view", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-knob-decay", 0],
					"destination": ["snare-knob-decay-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-knob-decay-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["sound-knobs", 0],
					"destination": ["snare-knob-decay-view", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-knob-decay-view", 0],
					"destination": ["view", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-knob-brightness", 0],
					"destination": ["snare-knob-brightness-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-knob-brightness-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["sound-knobs", 0],
					"destination": ["snare-knob-brightness-view", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-knob-brightness-view", 0],
					"destination": ["view", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-knob-tone", 0],
					"destination": ["snare-knob-tone-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-knob-tone-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["sound-knobs", 0],
					"destination": ["snare-knob-tone-view", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-knob-tone-view", 0],
					"destination": ["view", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-control", 8],
					"destination": ["snare-sample", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-sample", 0],
					"destination": ["snare-restore", 0]
				}
			},
			{
				"patchline": {
					"source": ["snare-restore", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["players", 2],
					"destination": ["hihat-control", 0]
				}
			},
			{
				"patchline": {
					"source": ["stripnote", 0],
					"destination": ["hihat-is", 0]
				}
			},
			{
				"patchline": {
					"source": ["stripnote", 1],
					"destination": ["hihat-velocity", 1]
				}
			},
			{
				"patchline": {
					"source": ["hihat-control", 2],
					"destination": ["hihat-is", 1]
				}
			},
			{
				"patchline": {
					"source": ["hihat-is", 0],
					"destination": ["hihat-sel", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-sel", 0],
					"destination": ["hihat-velocity", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-velocity", 0],
					"destination": ["hihat-hit", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-hit", 3],
					"destination": ["hihat-choke-send-gate", 1]
				}
			},
			{
				"patchline": {
					"source": ["hihat-choke-send-gate", 0],
					"destination": ["hihat-choke-name", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-choke-name", 0],
					"destination": ["hihat-choke-send", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-choke-receive", 0],
					"destination": ["hihat-choke-other", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-choke-other", 1],
					"destination": ["hihat-choke-receive-gate", 1]
				}
			},
			{
				"patchline": {
					"source": ["hihat-choke-receive-gate", 0],
					"destination": ["hihat-choked", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-control", 6],
					"destination": ["hihat-choke-send-gate", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-control", 6],
					"destination": ["hihat-choke-receive-gate", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-hit", 2],
					"destination": ["hihat-fade", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-choked", 0],
					"destination": ["hihat-fade", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-control", 0],
					"destination": ["hihat-fade", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-hit", 1],
					"destination": ["hihat-voice", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-voice", 0],
					"destination": ["hihat-voices", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-hit", 0],
					"destination": ["hihat-level", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-level", 0],
					"destination": ["hihat-envelope", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-control", 5],
					"destination": ["hihat-envelope", 1]
				}
			},
			{
				"patchline": {
					"source": ["hihat-envelope", 0],
					"destination": ["hihat-envelope-message", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-envelope-message", 0],
					"destination": ["hihat-voices", 1]
				}
			},
			{
				"patchline": {
					"source": ["hihat-control", 1],
					"destination": ["hihat-buffer", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-control", 4],
					"destination": ["hihat-rate", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-voices", 0],
					"destination": ["hihat-a-start", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-a-start", 1],
					"destination": ["hihat-a-rewind", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-a-rewind", 0],
					"destination": ["hihat-a-play", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-a-start", 0],
					"destination": ["hihat-a-envelope", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-fade", 0],
					"destination": ["hihat-a-envelope", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-rate", 0],
					"destination": ["hihat-a-play", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-a-play", 0],
					"destination": ["hihat-a-left", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-a-play", 1],
					"destination": ["hihat-a-right", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-a-envelope", 0],
					"destination": ["hihat-a-left", 1]
				}
			},
			{
				"patchline": {
					"source": ["hihat-a-envelope", 0],
					"destination": ["hihat-a-right", 1]
				}
			},
			{
				"patchline": {
					"source": ["hihat-a-left", 0],
					"destination": ["hihat-left", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-a-right", 0],
					"destination": ["hihat-right", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-voices", 1],
					"destination": ["hihat-b-start", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-b-start", 1],
					"destination": ["hihat-b-rewind", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-b-rewind", 0],
					"destination": ["hihat-b-play", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-b-start", 0],
					"destination": ["hihat-b-envelope", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-fade", 0],
					"destination": ["hihat-b-envelope", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-rate", 0],
					"destination": ["hihat-b-play", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-b-play", 0],
					"destination": ["hihat-b-left", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-b-play", 1],
					"destination": ["hihat-b-right", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-b-envelope", 0],
					"destination": ["hihat-b-left", 1]
				}
			},
			{
				"patchline": {
					"source": ["hihat-b-envelope", 0],
					"destination": ["hihat-b-right", 1]
				}
			},
			{
				"patchline": {
					"source": ["hihat-b-left", 0],
					"destination": ["hihat-left", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-b-right", 0],
					"destination": ["hihat-right", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-a-envelope", 1],
					"destination": ["hihat-faded", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-faded", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-gains", 0],
					"destination": ["hihat-gain-left-ramp", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-gain-left-ramp", 0],
					"destination": ["hihat-gain-left", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-gain-left", 0],
					"destination": ["hihat-left", 1]
				}
			},
			{
				"patchline": {
					"source": ["hihat-left", 0],
					"destination": ["output-left", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-gains", 1],
					"destination": ["hihat-gain-right-ramp", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-gain-right-ramp", 0],
					"destination": ["hihat-gain-right", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-gain-right", 0],
					"destination": ["hihat-right", 1]
				}
			},
			{
				"patchline": {
					"source": ["hihat-right", 0],
					"destination": ["output-right", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-control", 3],
					"destination": ["hihat-gains", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-control", 9],
					"destination": ["hihat-state-set", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-state-set", 0],
					"destination": ["hihat-state", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-buffer", 1],
					"destination": ["hihat-show", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-show", 0],
					"destination": ["hihat-waveform", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-audition", 1],
					"destination": ["hihat-audition-message", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-audition-message", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-control", 10],
					"destination": ["hihat-hit", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-new", 0],
					"destination": ["hihat-new-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-new-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-variation", 0],
					"destination": ["hihat-variation-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-variation-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-undo", 0],
					"destination": ["hihat-undo-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-undo-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-keep", 0],
					"destination": ["hihat-keep-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-keep-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-clip", 0],
					"destination": ["hihat-clip-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-clip-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-control", 7],
					"destination": ["hihat-seed-set", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-seed-set", 0],
					"destination": ["hihat-seed", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-seed", 0],
					"destination": ["hihat-seed-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-seed-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-drop", 0],
					"destination": ["hihat-drop-path", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-drop-path", 0],
					"destination": ["hihat-drop-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-drop-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-choke", 0],
					"destination": ["hihat-choke-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-choke-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-volume", 0],
					"destination": ["hihat-volume-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-volume-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["sound-players", 0],
					"destination": ["hihat-volume-view", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-volume-view", 0],
					"destination": ["view", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-tune", 0],
					"destination": ["hihat-tune-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-tune-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["sound-players", 0],
					"destination": ["hihat-tune-view", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-tune-view", 0],
					"destination": ["view", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-decay", 0],
					"destination": ["hihat-decay-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-decay-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["sound-players", 0],
					"destination": ["hihat-decay-view", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-decay-view", 0],
					"destination": ["view", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-pan", 0],
					"destination": ["hihat-pan-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-pan-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["sound-players", 0],
					"destination": ["hihat-pan-view", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-pan-view", 0],
					"destination": ["view", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-knob-decay", 0],
					"destination": ["hihat-knob-decay-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-knob-decay-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["sound-knobs", 0],
					"destination": ["hihat-knob-decay-view", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-knob-decay-view", 0],
					"destination": ["view", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-knob-brightness", 0],
					"destination": ["hihat-knob-brightness-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-knob-brightness-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["sound-knobs", 0],
					"destination": ["hihat-knob-brightness-view", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-knob-brightness-view", 0],
					"destination": ["view", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-control", 8],
					"destination": ["hihat-sample", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-sample", 0],
					"destination": ["hihat-restore", 0]
				}
			},
			{
				"patchline": {
					"source": ["hihat-restore", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["players", 3],
					"destination": ["perc-control", 0]
				}
			},
			{
				"patchline": {
					"source": ["stripnote", 0],
					"destination": ["perc-is", 0]
				}
			},
			{
				"patchline": {
					"source": ["stripnote", 1],
					"destination": ["perc-velocity", 1]
				}
			},
			{
				"patchline": {
					"source": ["perc-control", 2],
					"destination": ["perc-is", 1]
				}
			},
			{
				"patchline": {
					"source": ["perc-is", 0],
					"destination": ["perc-sel", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-sel", 0],
					"destination": ["perc-velocity", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-velocity", 0],
					"destination": ["perc-hit", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-hit", 3],
					"destination": ["perc-choke-send-gate", 1]
				}
			},
			{
				"patchline": {
					"source": ["perc-choke-send-gate", 0],
					"destination": ["perc-choke-name", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-choke-name", 0],
					"destination": ["perc-choke-send", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-choke-receive", 0],
					"destination": ["perc-choke-other", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-choke-other", 1],
					"destination": ["perc-choke-receive-gate", 1]
				}
			},
			{
				"patchline": {
					"source": ["perc-choke-receive-gate", 0],
					"destination": ["perc-choked", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-control", 6],
					"destination": ["perc-choke-send-gate", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-control", 6],
					"destination": ["perc-choke-receive-gate", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-hit", 2],
					"destination": ["perc-fade", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-choked", 0],
					"destination": ["perc-fade", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-control", 0],
					"destination": ["perc-fade", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-hit", 1],
					"destination": ["perc-voice", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-voice", 0],
					"destination": ["perc-voices", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-hit", 0],
					"destination": ["perc-level", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-level", 0],
					"destination": ["perc-envelope", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-control", 5],
					"destination": ["perc-envelope", 1]
				}
			},
			{
				"patchline": {
					"source": ["perc-envelope", 0],
					"destination": ["perc-envelope-message", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-envelope-message", 0],
					"destination": ["perc-voices", 1]
				}
			},
			{
				"patchline": {
					"source": ["perc-control", 1],
					"destination": ["perc-buffer", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-control", 4],
					"destination": ["perc-rate", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-voices", 0],
					"destination": ["perc-a-start", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-a-start", 1],
					"destination": ["perc-a-rewind", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-a-rewind", 0],
					"destination": ["perc-a-play", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-a-start", 0],
					"destination": ["perc-a-envelope", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-fade", 0],
					"destination": ["perc-a-envelope", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-rate", 0],
					"destination": ["perc-a-play", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-a-play", 0],
					"destination": ["perc-a-left", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-a-play", 1],
					"destination": ["perc-a-right", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-a-envelope", 0],
					"destination": ["perc-a-left", 1]
				}
			},
			{
				"patchline": {
					"source": ["perc-a-envelope", 0],
					"destination": ["perc-a-right", 1]
				}
			},
			{
				"patchline": {
					"source": ["perc-a-left", 0],
					"destination": ["perc-left", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-a-right", 0],
					"destination": ["perc-right", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-voices", 1],
					"destination": ["perc-b-start", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-b-start", 1],
					"destination": ["perc-b-rewind", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-b-rewind", 0],
					"destination": ["perc-b-play", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-b-start", 0],
					"destination": ["perc-b-envelope", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-fade", 0],
					"destination": ["perc-b-envelope", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-rate", 0],
					"destination": ["perc-b-play", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-b-play", 0],
					"destination": ["perc-b-left", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-b-play", 1],
					"destination": ["perc-b-right", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-b-envelope", 0],
					"destination": ["perc-b-left", 1]
				}
			},
			{
				"patchline": {
					"source": ["perc-b-envelope", 0],
					"destination": ["perc-b-right", 1]
				}
			},
			{
				"patchline": {
					"source": ["perc-b-left", 0],
					"destination": ["perc-left", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-b-right", 0],
					"destination": ["perc-right", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-a-envelope", 1],
					"destination": ["perc-faded", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-faded", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-gains", 0],
					"destination": ["perc-gain-left-ramp", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-gain-left-ramp", 0],
					"destination": ["perc-gain-left", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-gain-left", 0],
					"destination": ["perc-left", 1]
				}
			},
			{
				"patchline": {
					"source": ["perc-left", 0],
					"destination": ["output-left", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-gains", 1],
					"destination": ["perc-gain-right-ramp", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-gain-right-ramp", 0],
					"destination": ["perc-gain-right", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-gain-right", 0],
					"destination": ["perc-right", 1]
				}
			},
			{
				"patchline": {
					"source": ["perc-right", 0],
					"destination": ["output-right", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-control", 3],
					"destination": ["perc-gains", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-control", 9],
					"destination": ["perc-state-set", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-state-set", 0],
					"destination": ["perc-state", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-buffer", 1],
					"destination": ["perc-show", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-show", 0],
					"destination": ["perc-waveform", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-audition", 1],
					"destination": ["perc-audition-message", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-audition-message", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-control", 10],
					"destination": ["perc-hit", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-new", 0],
					"destination": ["perc-new-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-new-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-variation", 0],
					"destination": ["perc-variation-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-variation-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-undo", 0],
					"destination": ["perc-undo-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-undo-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-keep", 0],
					"destination": ["perc-keep-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-keep-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-clip", 0],
					"destination": ["perc-clip-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-clip-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-control", 7],
					"destination": ["perc-seed-set", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-seed-set", 0],
					"destination": ["perc-seed", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-seed", 0],
					"destination": ["perc-seed-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-seed-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-drop", 0],
					"destination": ["perc-drop-path", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-drop-path", 0],
					"destination": ["perc-drop-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-drop-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-choke", 0],
					"destination": ["perc-choke-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-choke-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-volume", 0],
					"destination": ["perc-volume-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-volume-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["sound-players", 0],
					"destination": ["perc-volume-view", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-volume-view", 0],
					"destination": ["view", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-tune", 0],
					"destination": ["perc-tune-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-tune-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["sound-players", 0],
					"destination": ["perc-tune-view", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-tune-view", 0],
					"destination": ["view", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-decay", 0],
					"destination": ["perc-decay-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-decay-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["sound-players", 0],
					"destination": ["perc-decay-view", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-decay-view", 0],
					"destination": ["view", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-pan", 0],
					"destination": ["perc-pan-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-pan-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["sound-players", 0],
					"destination": ["perc-pan-view", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-pan-view", 0],
					"destination": ["view", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-knob-pitch", 0],
					"destination": ["perc-knob-pitch-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-knob-pitch-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["sound-knobs", 0],
					"destination": ["perc-knob-pitch-view", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-knob-pitch-view", 0],
					"destination": ["view", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-knob-decay", 0],
					"destination": ["perc-knob-decay-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-knob-decay-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["sound-knobs", 0],
					"destination": ["perc-knob-decay-view", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-knob-decay-view", 0],
					"destination": ["view", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-knob-brightness", 0],
					"destination": ["perc-knob-brightness-prepend", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-knob-brightness-prepend", 0],
					"destination": ["logic", 0]
				}
			},
			{
				"patchline": {
					"source": ["sound-knobs", 0],
					"destination": ["perc-knob-brightness-view", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-knob-brightness-view", 0],
					"destination": ["view", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-control", 8],
					"destination": ["perc-sample", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-sample", 0],
					"destination": ["perc-restore", 0]
				}
			},
			{
				"patchline": {
					"source": ["perc-restore", 0],
					"destination": ["logic", 0]
				}
			}
		]
	}
}
