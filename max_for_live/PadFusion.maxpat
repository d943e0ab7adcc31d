{
	"patcher": {
		"appversion": {
			"architecture": "x64",
			"major": 8,
			"minor": 6,
			"modernui": 1,
			"revision": 0
		},
		"autosave": 0,
		"boxes": [
			{
				"box": {
					"id": "thisdevice",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 3,
					"outlettype": [ "bang", "int", "int" ],
					"patching_rect": [ 40, 20, 90, 22 ],
					"text": "live.thisdevice"
				}
			},
			{
				"box": {
					"id": "init",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [ "" ],
					"patching_rect": [ 40, 50, 32, 22 ],
					"text": "init"
				}
			},
			{
				"box": {
					"id": "udpreceive",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [ "" ],
					"patching_rect": [ 160, 20, 100, 22 ],
					"text": "udpreceive 9124"
				}
			},
			{
				"box": {
					"id": "logic",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 4,
					"outlettype": [ "", "", "", "" ],
					"patching_rect": [ 40, 200, 420, 22 ],
					"saved_object_attributes": {
						"filename": "padfusion.js",
						"parameter_enable": 0
					},
					"text": "js padfusion.js"
				}
			},
			{
				"box": {
					"id": "udpsend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [ 40, 240, 140, 22 ],
					"text": "udpsend 127.0.0.1 9123"
				}
			},
			{
				"box": {
					"id": "defer",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [ "" ],
					"patching_rect": [ 340, 240, 60, 22 ],
					"text": "deferlow"
				}
			},
			{
				"box": {
					"id": "simpler",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [ "" ],
					"patching_rect": [ 340, 270, 130, 22 ],
					"saved_object_attributes": {
						"filename": "liveapi_sampler.js",
						"parameter_enable": 0
					},
					"text": "js liveapi_sampler.js"
				}
			},
			{
				"box": {
					"annotation": "What PadFusion is doing: the connection to the daemon, samples being made, the time the last one took and the daemon's errors. \"daemon not running\": start it with `padfusion serve` (see the README).",
					"id": "status",
					"maxclass": "live.comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [ 40, 300, 400, 18 ],
					"presentation": 1,
					"presentation_rect": [ 8.0, 138.0, 540.0, 18.0 ],
					"text": "connecting to the daemon...",
					"textjustification": 0
				}
			},
			{
				"box": {
					"annotation": "Sampler steps for New: more steps, finer detail, slower. 0 uses the pad's default from the daemon's preset.",
					"id": "steps",
					"maxclass": "live.dial",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [ "", "float" ],
					"parameter_enable": 1,
					"patching_rect": [ 500, 20, 44, 48 ],
					"presentation": 1,
					"presentation_rect": [ 456.0, 4.0, 44.0, 48.0 ],
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_initial": [ 0.0 ],
							"parameter_initial_enable": 1,
							"parameter_longname": "Steps",
							"parameter_mmax": 100.0,
							"parameter_mmin": 0.0,
							"parameter_shortname": "Steps",
							"parameter_type": 1,
							"parameter_unitstyle": 0
						}
					},
					"varname": "steps"
				}
			},
			{
				"box": {
					"id": "steps-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [ "" ],
					"patching_rect": [ 500, 80, 90, 22 ],
					"text": "prepend steps"
				}
			},
			{
				"box": {
					"annotation": "How far a variation strays from the current sample: low values keep its character, 100 % is a new sample.",
					"id": "strength",
					"maxclass": "live.dial",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [ "", "float" ],
					"parameter_enable": 1,
					"patching_rect": [ 600, 20, 44, 48 ],
					"presentation": 1,
					"presentation_rect": [ 504.0, 4.0, 44.0, 48.0 ],
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_initial": [ 30.0 ],
							"parameter_initial_enable": 1,
							"parameter_longname": "Variation Strength",
							"parameter_mmax": 100.0,
							"parameter_mmin": 1.0,
							"parameter_shortname": "Variation",
							"parameter_type": 0,
							"parameter_unitstyle": 5
						}
					},
					"varname": "strength"
				}
			},
			{
				"box": {
					"id": "strength-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [ "" ],
					"patching_rect": [ 600, 80, 100, 22 ],
					"text": "prepend strength"
				}
			},
			{
				"box": {
					"annotation": "Where new samples go. Own players: PadFusion plays them. To Simpler (Live 12.4 or later): each new sample replaces the one in the Simpler on the matching pad of the first Drum Rack on this track, and PadFusion's own output is muted.",
					"id": "target",
					"maxclass": "live.text",
					"mode": 1,
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [ "", "" ],
					"parameter_enable": 1,
					"patching_rect": [ 720, 20, 92, 18 ],
					"presentation": 1,
					"presentation_rect": [ 456.0, 60.0, 92.0, 18.0 ],
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_enum": [ "Own players", "To Simpler" ],
							"parameter_longname": "Sample Target",
							"parameter_mmax": 1.0,
							"parameter_shortname": "Target",
							"parameter_type": 2
						}
					},
					"text": "Own players",
					"texton": "To Simpler",
					"varname": "target"
				}
			},
			{
				"box": {
					"id": "target-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [ "" ],
					"patching_rect": [ 720, 80, 90, 22 ],
					"text": "prepend target"
				}
			},
			{
				"box": {
					"id": "midiin",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [ "int" ],
					"patching_rect": [ 40, 360, 46, 22 ],
					"text": "midiin"
				}
			},
			{
				"box": {
					"id": "midiparse",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 8,
					"outlettype": [ "", "", "", "int", "int", "", "int", "" ],
					"patching_rect": [ 40, 390, 90, 22 ],
					"text": "midiparse"
				}
			},
			{
				"box": {
					"id": "stripnote",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"outlettype": [ "int", "int" ],
					"patching_rect": [ 40, 420, 60, 22 ],
					"text": "stripnote"
				}
			},
			{
				"box": {
					"id": "players",
					"maxclass": "newobj",
					"numinlets": 6,
					"numoutlets": 6,
					"outlettype": [ "", "", "", "", "", "" ],
					"patching_rect": [ 40, 330, 420, 22 ],
					"text": "route kick snare hihat perc output"
				}
			},
			{
				"box": {
					"id": "output-gain",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"outlettype": [ "signal", "bang" ],
					"patching_rect": [ 40, 760, 40, 22 ],
					"text": "line~"
				}
			},
			{
				"box": {
					"id": "output-left",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [ "signal" ],
					"patching_rect": [ 40, 800, 40, 22 ],
					"text": "*~"
				}
			},
			{
				"box": {
					"id": "output-right",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [ "signal" ],
					"patching_rect": [ 100, 800, 40, 22 ],
					"text": "*~"
				}
			},
			{
				"box": {
					"id": "plugout",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"outlettype": [ "signal", "signal" ],
					"patching_rect": [ 40, 840, 60, 22 ],
					"text": "plugout~"
				}
			},
			{
				"box": {
					"id": "kick-control",
					"maxclass": "newobj",
					"numinlets": 4,
					"numoutlets": 4,
					"outlettype": [ "", "", "", "" ],
					"patching_rect": [ 200, 360, 140, 22 ],
					"text": "route gain buffer note"
				}
			},
			{
				"box": {
					"id": "kick-is",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [ "int" ],
					"patching_rect": [ 200, 460, 40, 22 ],
					"text": "== 36"
				}
			},
			{
				"box": {
					"id": "kick-sel",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"outlettype": [ "bang", "" ],
					"patching_rect": [ 200, 490, 40, 22 ],
					"text": "sel 1"
				}
			},
			{
				"box": {
					"id": "kick-velocity",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [ "int" ],
					"patching_rect": [ 200, 520, 30, 22 ],
					"text": "i"
				}
			},
			{
				"box": {
					"id": "kick-hit",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [ "bang", "int" ],
					"patching_rect": [ 200, 550, 40, 22 ],
					"text": "t b i"
				}
			},
			{
				"box": {
					"id": "kick-level",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [ "float" ],
					"patching_rect": [ 260, 580, 46, 22 ],
					"text": "/ 127."
				}
			},
			{
				"box": {
					"id": "kick-start",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [ "" ],
					"patching_rect": [ 200, 580, 36, 22 ],
					"text": "start"
				}
			},
			{
				"box": {
					"id": "kick-play",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 3,
					"outlettype": [ "signal", "signal", "bang" ],
					"patching_rect": [ 200, 620, 90, 22 ],
					"text": "play~ ---kick 2"
				}
			},
			{
				"box": {
					"id": "kick-gain",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"outlettype": [ "signal", "bang" ],
					"patching_rect": [ 310, 620, 40, 22 ],
					"text": "line~"
				}
			},
			{
				"box": {
					"id": "kick-left",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [ "signal" ],
					"patching_rect": [ 200, 660, 40, 22 ],
					"text": "*~"
				}
			},
			{
				"box": {
					"id": "kick-right",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [ "signal" ],
					"patching_rect": [ 260, 660, 40, 22 ],
					"text": "*~"
				}
			},
			{
				"box": {
					"id": "kick-buffer",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [ "float", "bang" ],
					"patching_rect": [ 320, 400, 100, 22 ],
					"text": "buffer~ ---kick"
				}
			},
			{
				"box": {
					"id": "kick-show",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [ "" ],
					"patching_rect": [ 320, 430, 110, 22 ],
					"text": "loadmess set ---kick"
				}
			},
			{
				"box": {
					"annotation": "The kick pad, played by MIDI note 36 until the daemon's preset says otherwise.",
					"id": "kick-name",
					"maxclass": "live.comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [ 200, 900, 80, 18 ],
					"presentation": 1,
					"presentation_rect": [ 8.0, 4.0, 104.0, 18.0 ],
					"text": "Kick",
					"textjustification": 0
				}
			},
			{
				"box": {
					"annotation": "The current kick sample.",
					"id": "kick-waveform",
					"ignoreclick": 1,
					"maxclass": "waveform~",
					"numinlets": 5,
					"numoutlets": 6,
					"outlettype": [ "float", "float", "float", "float", "list", "" ],
					"patching_rect": [ 200, 930, 104, 58 ],
					"presentation": 1,
					"presentation_rect": [ 8.0, 22.0, 104.0, 58.0 ]
				}
			},
			{
				"box": {
					"annotation": "Make a new kick sample (the Steps dial applies).",
					"id": "kick-new",
					"maxclass": "live.text",
					"mode": 0,
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [ "", "" ],
					"parameter_enable": 1,
					"patching_rect": [ 200, 1000, 50, 18 ],
					"presentation": 1,
					"presentation_rect": [ 8.0, 86.0, 50.0, 18.0 ],
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_enum": [ "off", "on" ],
							"parameter_longname": "Kick New",
							"parameter_mmax": 1.0,
							"parameter_shortname": "New",
							"parameter_type": 2
						}
					},
					"text": "New",
					"texton": "New",
					"varname": "kick-new"
				}
			},
			{
				"box": {
					"id": "kick-new-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [ "" ],
					"patching_rect": [ 200, 1030, 130, 22 ],
					"text": "prepend press kick new"
				}
			},
			{
				"box": {
					"annotation": "Make a variation of the current kick sample; the Variation dial sets how far it strays.",
					"id": "kick-variation",
					"maxclass": "live.text",
					"mode": 0,
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [ "", "" ],
					"parameter_enable": 1,
					"patching_rect": [ 260, 1000, 50, 18 ],
					"presentation": 1,
					"presentation_rect": [ 62.0, 86.0, 50.0, 18.0 ],
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_enum": [ "off", "on" ],
							"parameter_longname": "Kick Variation",
							"parameter_mmax": 1.0,
							"parameter_shortname": "Var",
							"parameter_type": 2
						}
					},
					"text": "Var",
					"texton": "Var",
					"varname": "kick-variation"
				}
			},
			{
				"box": {
					"id": "kick-variation-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [ "" ],
					"patching_rect": [ 260, 1030, 130, 22 ],
					"text": "prepend press kick variation"
				}
			},
			{
				"box": {
					"annotation": "Go back to the previous kick sample.",
					"id": "kick-undo",
					"maxclass": "live.text",
					"mode": 0,
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [ "", "" ],
					"parameter_enable": 1,
					"patching_rect": [ 320, 1000, 50, 18 ],
					"presentation": 1,
					"presentation_rect": [ 8.0, 108.0, 50.0, 18.0 ],
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_enum": [ "off", "on" ],
							"parameter_longname": "Kick Undo",
							"parameter_mmax": 1.0,
							"parameter_shortname": "Undo",
							"parameter_type": 2
						}
					},
					"text": "Undo",
					"texton": "Undo",
					"varname": "kick-undo"
				}
			},
			{
				"box": {
					"id": "kick-undo-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [ "" ],
					"patching_rect": [ 320, 1030, 130, 22 ],
					"text": "prepend press kick undo"
				}
			},
			{
				"box": {
					"annotation": "Copy the current kick sample into the daemon's kept/ folder so it is never overwritten.",
					"id": "kick-keep",
					"maxclass": "live.text",
					"mode": 0,
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [ "", "" ],
					"parameter_enable": 1,
					"patching_rect": [ 380, 1000, 50, 18 ],
					"presentation": 1,
					"presentation_rect": [ 62.0, 108.0, 50.0, 18.0 ],
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_enum": [ "off", "on" ],
							"parameter_longname": "Kick Keep",
							"parameter_mmax": 1.0,
							"parameter_shortname": "Keep",
							"parameter_type": 2
						}
					},
					"text": "Keep",
					"texton": "Keep",
					"varname": "kick-keep"
				}
			},
			{
				"box": {
					"id": "kick-keep-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [ "" ],
					"patching_rect": [ 380, 1030, 130, 22 ],
					"text": "prepend press kick keep"
				}
			},
			{
				"box": {
					"id": "snare-control",
					"maxclass": "newobj",
					"numinlets": 4,
					"numoutlets": 4,
					"outlettype": [ "", "", "", "" ],
					"patching_rect": [ 440, 360, 140, 22 ],
					"text": "route gain buffer note"
				}
			},
			{
				"box": {
					"id": "snare-is",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [ "int" ],
					"patching_rect": [ 440, 460, 40, 22 ],
					"text": "== 38"
				}
			},
			{
				"box": {
					"id": "snare-sel",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"outlettype": [ "bang", "" ],
					"patching_rect": [ 440, 490, 40, 22 ],
					"text": "sel 1"
				}
			},
			{
				"box": {
					"id": "snare-velocity",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [ "int" ],
					"patching_rect": [ 440, 520, 30, 22 ],
					"text": "i"
				}
			},
			{
				"box": {
					"id": "snare-hit",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [ "bang", "int" ],
					"patching_rect": [ 440, 550, 40, 22 ],
					"text": "t b i"
				}
			},
			{
				"box": {
					"id": "snare-level",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [ "float" ],
					"patching_rect": [ 500, 580, 46, 22 ],
					"text": "/ 127."
				}
			},
			{
				"box": {
					"id": "snare-start",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [ "" ],
					"patching_rect": [ 440, 580, 36, 22 ],
					"text": "start"
				}
			},
			{
				"box": {
					"id": "snare-play",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 3,
					"outlettype": [ "signal", "signal", "bang" ],
					"patching_rect": [ 440, 620, 90, 22 ],
					"text": "play~ ---snare 2"
				}
			},
			{
				"box": {
					"id": "snare-gain",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"outlettype": [ "signal", "bang" ],
					"patching_rect": [ 550, 620, 40, 22 ],
					"text": "line~"
				}
			},
			{
				"box": {
					"id": "snare-left",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [ "signal" ],
					"patching_rect": [ 440, 660, 40, 22 ],
					"text": "*~"
				}
			},
			{
				"box": {
					"id": "snare-right",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [ "signal" ],
					"patching_rect": [ 500, 660, 40, 22 ],
					"text": "*~"
				}
			},
			{
				"box": {
					"id": "snare-buffer",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [ "float", "bang" ],
					"patching_rect": [ 560, 400, 100, 22 ],
					"text": "buffer~ ---snare"
				}
			},
			{
				"box": {
					"id": "snare-show",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [ "" ],
					"patching_rect": [ 560, 430, 110, 22 ],
					"text": "loadmess set ---snare"
				}
			},
			{
				"box": {
					"annotation": "The snare pad, played by MIDI note 38 until the daemon's preset says otherwise.",
					"id": "snare-name",
					"maxclass": "live.comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [ 440, 900, 80, 18 ],
					"presentation": 1,
					"presentation_rect": [ 120.0, 4.0, 104.0, 18.0 ],
					"text": "Snare",
					"textjustification": 0
				}
			},
			{
				"box": {
					"annotation": "The current snare sample.",
					"id": "snare-waveform",
					"ignoreclick": 1,
					"maxclass": "waveform~",
					"numinlets": 5,
					"numoutlets": 6,
					"outlettype": [ "float", "float", "float", "float", "list", "" ],
					"patching_rect": [ 440, 930, 104, 58 ],
					"presentation": 1,
					"presentation_rect": [ 120.0, 22.0, 104.0, 58.0 ]
				}
			},
			{
				"box": {
					"annotation": "Make a new snare sample (the Steps dial applies).",
					"id": "snare-new",
					"maxclass": "live.text",
					"mode": 0,
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [ "", "" ],
					"parameter_enable": 1,
					"patching_rect": [ 440, 1000, 50, 18 ],
					"presentation": 1,
					"presentation_rect": [ 120.0, 86.0, 50.0, 18.0 ],
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_enum": [ "off", "on" ],
							"parameter_longname": "Snare New",
							"parameter_mmax": 1.0,
							"parameter_shortname": "New",
							"parameter_type": 2
						}
					},
					"text": "New",
					"texton": "New",
					"varname": "snare-new"
				}
			},
			{
				"box": {
					"id": "snare-new-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [ "" ],
					"patching_rect": [ 440, 1030, 130, 22 ],
					"text": "prepend press snare new"
				}
			},
			{
				"box": {
					"annotation": "Make a variation of the current snare sample; the Variation dial sets how far it strays.",
					"id": "snare-variation",
					"maxclass": "live.text",
					"mode": 0,
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [ "", "" ],
					"parameter_enable": 1,
					"patching_rect": [ 500, 1000, 50, 18 ],
					"presentation": 1,
					"presentation_rect": [ 174.0, 86.0, 50.0, 18.0 ],
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_enum": [ "off", "on" ],
							"parameter_longname": "Snare Variation",
							"parameter_mmax": 1.0,
							"parameter_shortname": "Var",
							"parameter_type": 2
						}
					},
					"text": "Var",
					"texton": "Var",
					"varname": "snare-variation"
				}
			},
			{
				"box": {
					"id": "snare-variation-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [ "" ],
					"patching_rect": [ 500, 1030, 130, 22 ],
					"text": "prepend press snare variation"
				}
			},
			{
				"box": {
					"annotation": "Go back to the previous snare sample.",
					"id": "snare-undo",
					"maxclass": "live.text",
					"mode": 0,
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [ "", "" ],
					"parameter_enable": 1,
					"patching_rect": [ 560, 1000, 50, 18 ],
					"presentation": 1,
					"presentation_rect": [ 120.0, 108.0, 50.0, 18.0 ],
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_enum": [ "off", "on" ],
							"parameter_longname": "Snare Undo",
							"parameter_mmax": 1.0,
							"parameter_shortname": "Undo",
							"parameter_type": 2
						}
					},
					"text": "Undo",
					"texton": "Undo",
					"varname": "snare-undo"
				}
			},
			{
				"box": {
					"id": "snare-undo-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [ "" ],
					"patching_rect": [ 560, 1030, 130, 22 ],
					"text": "prepend press snare undo"
				}
			},
			{
				"box": {
					"annotation": "Copy the current snare sample into the daemon's kept/ folder so it is never overwritten.",
					"id": "snare-keep",
					"maxclass": "live.text",
					"mode": 0,
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [ "", "" ],
					"parameter_enable": 1,
					"patching_rect": [ 620, 1000, 50, 18 ],
					"presentation": 1,
					"presentation_rect": [ 174.0, 108.0, 50.0, 18.0 ],
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_enum": [ "off", "on" ],
							"parameter_longname": "Snare Keep",
							"parameter_mmax": 1.0,
							"parameter_shortname": "Keep",
							"parameter_type": 2
						}
					},
					"text": "Keep",
					"texton": "Keep",
					"varname": "snare-keep"
				}
			},
			{
				"box": {
					"id": "snare-keep-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [ "" ],
					"patching_rect": [ 620, 1030, 130, 22 ],
					"text": "prepend press snare keep"
				}
			},
			{
				"box": {
					"id": "hihat-control",
					"maxclass": "newobj",
					"numinlets": 4,
					"numoutlets": 4,
					"outlettype": [ "", "", "", "" ],
					"patching_rect": [ 680, 360, 140, 22 ],
					"text": "route gain buffer note"
				}
			},
			{
				"box": {
					"id": "hihat-is",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [ "int" ],
					"patching_rect": [ 680, 460, 40, 22 ],
					"text": "== 42"
				}
			},
			{
				"box": {
					"id": "hihat-sel",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"outlettype": [ "bang", "" ],
					"patching_rect": [ 680, 490, 40, 22 ],
					"text": "sel 1"
				}
			},
			{
				"box": {
					"id": "hihat-velocity",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [ "int" ],
					"patching_rect": [ 680, 520, 30, 22 ],
					"text": "i"
				}
			},
			{
				"box": {
					"id": "hihat-hit",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [ "bang", "int" ],
					"patching_rect": [ 680, 550, 40, 22 ],
					"text": "t b i"
				}
			},
			{
				"box": {
					"id": "hihat-level",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [ "float" ],
					"patching_rect": [ 740, 580, 46, 22 ],
					"text": "/ 127."
				}
			},
			{
				"box": {
					"id": "hihat-start",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [ "" ],
					"patching_rect": [ 680, 580, 36, 22 ],
					"text": "start"
				}
			},
			{
				"box": {
					"id": "hihat-play",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 3,
					"outlettype": [ "signal", "signal", "bang" ],
					"patching_rect": [ 680, 620, 90, 22 ],
					"text": "play~ ---hihat 2"
				}
			},
			{
				"box": {
					"id": "hihat-gain",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"outlettype": [ "signal", "bang" ],
					"patching_rect": [ 790, 620, 40, 22 ],
					"text": "line~"
				}
			},
			{
				"box": {
					"id": "hihat-left",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [ "signal" ],
					"patching_rect": [ 680, 660, 40, 22 ],
					"text": "*~"
				}
			},
			{
				"box": {
					"id": "hihat-right",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [ "signal" ],
					"patching_rect": [ 740, 660, 40, 22 ],
					"text": "*~"
				}
			},
			{
				"box": {
					"id": "hihat-buffer",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [ "float", "bang" ],
					"patching_rect": [ 800, 400, 100, 22 ],
					"text": "buffer~ ---hihat"
				}
			},
			{
				"box": {
					"id": "hihat-show",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [ "" ],
					"patching_rect": [ 800, 430, 110, 22 ],
					"text": "loadmess set ---hihat"
				}
			},
			{
				"box": {
					"annotation": "The hi-hat pad, played by MIDI note 42 until the daemon's preset says otherwise.",
					"id": "hihat-name",
					"maxclass": "live.comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [ 680, 900, 80, 18 ],
					"presentation": 1,
					"presentation_rect": [ 232.0, 4.0, 104.0, 18.0 ],
					"text": "Hi-hat",
					"textjustification": 0
				}
			},
			{
				"box": {
					"annotation": "The current hi-hat sample.",
					"id": "hihat-waveform",
					"ignoreclick": 1,
					"maxclass": "waveform~",
					"numinlets": 5,
					"numoutlets": 6,
					"outlettype": [ "float", "float", "float", "float", "list", "" ],
					"patching_rect": [ 680, 930, 104, 58 ],
					"presentation": 1,
					"presentation_rect": [ 232.0, 22.0, 104.0, 58.0 ]
				}
			},
			{
				"box": {
					"annotation": "Make a new hi-hat sample (the Steps dial applies).",
					"id": "hihat-new",
					"maxclass": "live.text",
					"mode": 0,
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [ "", "" ],
					"parameter_enable": 1,
					"patching_rect": [ 680, 1000, 50, 18 ],
					"presentation": 1,
					"presentation_rect": [ 232.0, 86.0, 50.0, 18.0 ],
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_enum": [ "off", "on" ],
							"parameter_longname": "Hi-hat New",
							"parameter_mmax": 1.0,
							"parameter_shortname": "New",
							"parameter_type": 2
						}
					},
					"text": "New",
					"texton": "New",
					"varname": "hihat-new"
				}
			},
			{
				"box": {
					"id": "hihat-new-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [ "" ],
					"patching_rect": [ 680, 1030, 130, 22 ],
					"text": "prepend press hihat new"
				}
			},
			{
				"box": {
					"annotation": "Make a variation of the current hi-hat sample; the Variation dial sets how far it strays.",
					"id": "hihat-variation",
					"maxclass": "live.text",
					"mode": 0,
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [ "", "" ],
					"parameter_enable": 1,
					"patching_rect": [ 740, 1000, 50, 18 ],
					"presentation": 1,
					"presentation_rect": [ 286.0, 86.0, 50.0, 18.0 ],
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_enum": [ "off", "on" ],
							"parameter_longname": "Hi-hat Variation",
							"parameter_mmax": 1.0,
							"parameter_shortname": "Var",
							"parameter_type": 2
						}
					},
					"text": "Var",
					"texton": "Var",
					"varname": "hihat-variation"
				}
			},
			{
				"box": {
					"id": "hihat-variation-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [ "" ],
					"patching_rect": [ 740, 1030, 130, 22 ],
					"text": "prepend press hihat variation"
				}
			},
			{
				"box": {
					"annotation": "Go back to the previous hi-hat sample.",
					"id": "hihat-undo",
					"maxclass": "live.text",
					"mode": 0,
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [ "", "" ],
					"parameter_enable": 1,
					"patching_rect": [ 800, 1000, 50, 18 ],
					"presentation": 1,
					"presentation_rect": [ 232.0, 108.0, 50.0, 18.0 ],
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_enum": [ "off", "on" ],
							"parameter_longname": "Hi-hat Undo",
							"parameter_mmax": 1.0,
							"parameter_shortname": "Undo",
							"parameter_type": 2
						}
					},
					"text": "Undo",
					"texton": "Undo",
					"varname": "hihat-undo"
				}
			},
			{
				"box": {
					"id": "hihat-undo-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [ "" ],
					"patching_rect": [ 800, 1030, 130, 22 ],
					"text": "prepend press hihat undo"
				}
			},
			{
				"box": {
					"annotation": "Copy the current hi-hat sample into the daemon's kept/ folder so it is never overwritten.",
					"id": "hihat-keep",
					"maxclass": "live.text",
					"mode": 0,
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [ "", "" ],
					"parameter_enable": 1,
					"patching_rect": [ 860, 1000, 50, 18 ],
					"presentation": 1,
					"presentation_rect": [ 286.0, 108.0, 50.0, 18.0 ],
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_enum": [ "off", "on" ],
							"parameter_longname": "Hi-hat Keep",
							"parameter_mmax": 1.0,
							"parameter_shortname": "Keep",
							"parameter_type": 2
						}
					},
					"text": "Keep",
					"texton": "Keep",
					"varname": "hihat-keep"
				}
			},
			{
				"box": {
					"id": "hihat-keep-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [ "" ],
					"patching_rect": [ 860, 1030, 130, 22 ],
					"text": "prepend press hihat keep"
				}
			},
			{
				"box": {
					"id": "perc-control",
					"maxclass": "newobj",
					"numinlets": 4,
					"numoutlets": 4,
					"outlettype": [ "", "", "", "" ],
					"patching_rect": [ 920, 360, 140, 22 ],
					"text": "route gain buffer note"
				}
			},
			{
				"box": {
					"id": "perc-is",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [ "int" ],
					"patching_rect": [ 920, 460, 40, 22 ],
					"text": "== 39"
				}
			},
			{
				"box": {
					"id": "perc-sel",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"outlettype": [ "bang", "" ],
					"patching_rect": [ 920, 490, 40, 22 ],
					"text": "sel 1"
				}
			},
			{
				"box": {
					"id": "perc-velocity",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [ "int" ],
					"patching_rect": [ 920, 520, 30, 22 ],
					"text": "i"
				}
			},
			{
				"box": {
					"id": "perc-hit",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [ "bang", "int" ],
					"patching_rect": [ 920, 550, 40, 22 ],
					"text": "t b i"
				}
			},
			{
				"box": {
					"id": "perc-level",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [ "float" ],
					"patching_rect": [ 980, 580, 46, 22 ],
					"text": "/ 127."
				}
			},
			{
				"box": {
					"id": "perc-start",
					"maxclass": "message",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [ "" ],
					"patching_rect": [ 920, 580, 36, 22 ],
					"text": "start"
				}
			},
			{
				"box": {
					"id": "perc-play",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 3,
					"outlettype": [ "signal", "signal", "bang" ],
					"patching_rect": [ 920, 620, 90, 22 ],
					"text": "play~ ---perc 2"
				}
			},
			{
				"box": {
					"id": "perc-gain",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 2,
					"outlettype": [ "signal", "bang" ],
					"patching_rect": [ 1030, 620, 40, 22 ],
					"text": "line~"
				}
			},
			{
				"box": {
					"id": "perc-left",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [ "signal" ],
					"patching_rect": [ 920, 660, 40, 22 ],
					"text": "*~"
				}
			},
			{
				"box": {
					"id": "perc-right",
					"maxclass": "newobj",
					"numinlets": 2,
					"numoutlets": 1,
					"outlettype": [ "signal" ],
					"patching_rect": [ 980, 660, 40, 22 ],
					"text": "*~"
				}
			},
			{
				"box": {
					"id": "perc-buffer",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [ "float", "bang" ],
					"patching_rect": [ 1040, 400, 100, 22 ],
					"text": "buffer~ ---perc"
				}
			},
			{
				"box": {
					"id": "perc-show",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [ "" ],
					"patching_rect": [ 1040, 430, 110, 22 ],
					"text": "loadmess set ---perc"
				}
			},
			{
				"box": {
					"annotation": "The perc pad, played by MIDI note 39 until the daemon's preset says otherwise.",
					"id": "perc-name",
					"maxclass": "live.comment",
					"numinlets": 1,
					"numoutlets": 0,
					"patching_rect": [ 920, 900, 80, 18 ],
					"presentation": 1,
					"presentation_rect": [ 344.0, 4.0, 104.0, 18.0 ],
					"text": "Perc",
					"textjustification": 0
				}
			},
			{
				"box": {
					"annotation": "The current perc sample.",
					"id": "perc-waveform",
					"ignoreclick": 1,
					"maxclass": "waveform~",
					"numinlets": 5,
					"numoutlets": 6,
					"outlettype": [ "float", "float", "float", "float", "list", "" ],
					"patching_rect": [ 920, 930, 104, 58 ],
					"presentation": 1,
					"presentation_rect": [ 344.0, 22.0, 104.0, 58.0 ]
				}
			},
			{
				"box": {
					"annotation": "Make a new perc sample (the Steps dial applies).",
					"id": "perc-new",
					"maxclass": "live.text",
					"mode": 0,
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [ "", "" ],
					"parameter_enable": 1,
					"patching_rect": [ 920, 1000, 50, 18 ],
					"presentation": 1,
					"presentation_rect": [ 344.0, 86.0, 50.0, 18.0 ],
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_enum": [ "off", "on" ],
							"parameter_longname": "Perc New",
							"parameter_mmax": 1.0,
							"parameter_shortname": "New",
							"parameter_type": 2
						}
					},
					"text": "New",
					"texton": "New",
					"varname": "perc-new"
				}
			},
			{
				"box": {
					"id": "perc-new-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [ "" ],
					"patching_rect": [ 920, 1030, 130, 22 ],
					"text": "prepend press perc new"
				}
			},
			{
				"box": {
					"annotation": "Make a variation of the current perc sample; the Variation dial sets how far it strays.",
					"id": "perc-variation",
					"maxclass": "live.text",
					"mode": 0,
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [ "", "" ],
					"parameter_enable": 1,
					"patching_rect": [ 980, 1000, 50, 18 ],
					"presentation": 1,
					"presentation_rect": [ 398.0, 86.0, 50.0, 18.0 ],
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_enum": [ "off", "on" ],
							"parameter_longname": "Perc Variation",
							"parameter_mmax": 1.0,
							"parameter_shortname": "Var",
							"parameter_type": 2
						}
					},
					"text": "Var",
					"texton": "Var",
					"varname": "perc-variation"
				}
			},
			{
				"box": {
					"id": "perc-variation-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [ "" ],
					"patching_rect": [ 980, 1030, 130, 22 ],
					"text": "prepend press perc variation"
				}
			},
			{
				"box": {
					"annotation": "Go back to the previous perc sample.",
					"id": "perc-undo",
					"maxclass": "live.text",
					"mode": 0,
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [ "", "" ],
					"parameter_enable": 1,
					"patching_rect": [ 1040, 1000, 50, 18 ],
					"presentation": 1,
					"presentation_rect": [ 344.0, 108.0, 50.0, 18.0 ],
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_enum": [ "off", "on" ],
							"parameter_longname": "Perc Undo",
							"parameter_mmax": 1.0,
							"parameter_shortname": "Undo",
							"parameter_type": 2
						}
					},
					"text": "Undo",
					"texton": "Undo",
					"varname": "perc-undo"
				}
			},
			{
				"box": {
					"id": "perc-undo-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [ "" ],
					"patching_rect": [ 1040, 1030, 130, 22 ],
					"text": "prepend press perc undo"
				}
			},
			{
				"box": {
					"annotation": "Copy the current perc sample into the daemon's kept/ folder so it is never overwritten.",
					"id": "perc-keep",
					"maxclass": "live.text",
					"mode": 0,
					"numinlets": 1,
					"numoutlets": 2,
					"outlettype": [ "", "" ],
					"parameter_enable": 1,
					"patching_rect": [ 1100, 1000, 50, 18 ],
					"presentation": 1,
					"presentation_rect": [ 398.0, 108.0, 50.0, 18.0 ],
					"saved_attribute_attributes": {
						"valueof": {
							"parameter_enum": [ "off", "on" ],
							"parameter_longname": "Perc Keep",
							"parameter_mmax": 1.0,
							"parameter_shortname": "Keep",
							"parameter_type": 2
						}
					},
					"text": "Keep",
					"texton": "Keep",
					"varname": "perc-keep"
				}
			},
			{
				"box": {
					"id": "perc-keep-prepend",
					"maxclass": "newobj",
					"numinlets": 1,
					"numoutlets": 1,
					"outlettype": [ "" ],
					"patching_rect": [ 1100, 1030, 130, 22 ],
					"text": "prepend press perc keep"
				}
			}
		],
		"classnamespace": "box",
		"default_fontface": 0,
		"default_fontname": "Arial Bold",
		"default_fontsize": 10.0,
		"dependency_cache": [
			{
				"implicit": 1,
				"name": "liveapi_sampler.js",
				"type": "TEXT"
			},
			{
				"implicit": 1,
				"name": "padfusion.js",
				"type": "TEXT"
			},
			{
				"implicit": 1,
				"name": "protocol.js",
				"type": "TEXT"
			}
		],
		"description": "PadFusion: new kick, snare, hi-hat and percussion one-shots from the PadFusion daemon, played from MIDI notes.",
		"devicewidth": 556.0,
		"digest": "Fresh drum one-shots from a local diffusion model",
		"fileversion": 1,
		"gridsize": [ 8.0, 8.0 ],
		"is_mpe": 0,
		"latency": 0,
		"lines": [
			{
				"patchline": {
					"destination": [ "init", 0 ],
					"source": [ "thisdevice", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "logic", 0 ],
					"source": [ "init", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "logic", 0 ],
					"source": [ "udpreceive", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "udpsend", 0 ],
					"source": [ "logic", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "defer", 0 ],
					"source": [ "logic", 3 ]
				}
			},
			{
				"patchline": {
					"destination": [ "simpler", 0 ],
					"source": [ "defer", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "logic", 0 ],
					"source": [ "simpler", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "status", 0 ],
					"source": [ "logic", 1 ]
				}
			},
			{
				"patchline": {
					"destination": [ "steps-prepend", 0 ],
					"source": [ "steps", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "logic", 0 ],
					"source": [ "steps-prepend", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "strength-prepend", 0 ],
					"source": [ "strength", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "logic", 0 ],
					"source": [ "strength-prepend", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "target-prepend", 0 ],
					"source": [ "target", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "logic", 0 ],
					"source": [ "target-prepend", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "midiparse", 0 ],
					"source": [ "midiin", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "stripnote", 0 ],
					"source": [ "midiparse", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "players", 0 ],
					"source": [ "logic", 2 ]
				}
			},
			{
				"patchline": {
					"destination": [ "output-gain", 0 ],
					"source": [ "players", 4 ]
				}
			},
			{
				"patchline": {
					"destination": [ "output-left", 1 ],
					"source": [ "output-gain", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "output-right", 1 ],
					"source": [ "output-gain", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "plugout", 0 ],
					"source": [ "output-left", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "plugout", 1 ],
					"source": [ "output-right", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "kick-control", 0 ],
					"source": [ "players", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "kick-is", 0 ],
					"source": [ "stripnote", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "kick-velocity", 1 ],
					"source": [ "stripnote", 1 ]
				}
			},
			{
				"patchline": {
					"destination": [ "kick-sel", 0 ],
					"source": [ "kick-is", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "kick-velocity", 0 ],
					"source": [ "kick-sel", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "kick-hit", 0 ],
					"source": [ "kick-velocity", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "kick-level", 0 ],
					"source": [ "kick-hit", 1 ]
				}
			},
			{
				"patchline": {
					"destination": [ "kick-start", 0 ],
					"source": [ "kick-hit", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "kick-gain", 0 ],
					"source": [ "kick-level", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "kick-play", 0 ],
					"source": [ "kick-start", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "kick-left", 0 ],
					"source": [ "kick-play", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "kick-right", 0 ],
					"source": [ "kick-play", 1 ]
				}
			},
			{
				"patchline": {
					"destination": [ "kick-left", 1 ],
					"source": [ "kick-gain", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "kick-right", 1 ],
					"source": [ "kick-gain", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "output-left", 0 ],
					"source": [ "kick-left", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "output-right", 0 ],
					"source": [ "kick-right", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "kick-gain", 0 ],
					"source": [ "kick-control", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "kick-buffer", 0 ],
					"source": [ "kick-control", 1 ]
				}
			},
			{
				"patchline": {
					"destination": [ "kick-is", 1 ],
					"source": [ "kick-control", 2 ]
				}
			},
			{
				"patchline": {
					"destination": [ "kick-show", 0 ],
					"source": [ "kick-buffer", 1 ]
				}
			},
			{
				"patchline": {
					"destination": [ "kick-waveform", 0 ],
					"source": [ "kick-show", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "kick-new-prepend", 0 ],
					"source": [ "kick-new", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "logic", 0 ],
					"source": [ "kick-new-prepend", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "kick-variation-prepend", 0 ],
					"source": [ "kick-variation", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "logic", 0 ],
					"source": [ "kick-variation-prepend", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "kick-undo-prepend", 0 ],
					"source": [ "kick-undo", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "logic", 0 ],
					"source": [ "kick-undo-prepend", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "kick-keep-prepend", 0 ],
					"source": [ "kick-keep", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "logic", 0 ],
					"source": [ "kick-keep-prepend", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "snare-control", 0 ],
					"source": [ "players", 1 ]
				}
			},
			{
				"patchline": {
					"destination": [ "snare-is", 0 ],
					"source": [ "stripnote", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "snare-velocity", 1 ],
					"source": [ "stripnote", 1 ]
				}
			},
			{
				"patchline": {
					"destination": [ "snare-sel", 0 ],
					"source": [ "snare-is", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "snare-velocity", 0 ],
					"source": [ "snare-sel", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "snare-hit", 0 ],
					"source": [ "snare-velocity", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "snare-level", 0 ],
					"source": [ "snare-hit", 1 ]
				}
			},
			{
				"patchline": {
					"destination": [ "snare-start", 0 ],
					"source": [ "snare-hit", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "snare-gain", 0 ],
					"source": [ "snare-level", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "snare-play", 0 ],
					"source": [ "snare-start", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "snare-left", 0 ],
					"source": [ "snare-play", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "snare-right", 0 ],
					"source": [ "snare-play", 1 ]
				}
			},
			{
				"patchline": {
					"destination": [ "snare-left", 1 ],
					"source": [ "snare-gain", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "snare-right", 1 ],
					"source": [ "snare-gain", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "output-left", 0 ],
					"source": [ "snare-left", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "output-right", 0 ],
					"source": [ "snare-right", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "snare-gain", 0 ],
					"source": [ "snare-control", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "snare-buffer", 0 ],
					"source": [ "snare-control", 1 ]
				}
			},
			{
				"patchline": {
					"destination": [ "snare-is", 1 ],
					"source": [ "snare-control", 2 ]
				}
			},
			{
				"patchline": {
					"destination": [ "snare-show", 0 ],
					"source": [ "snare-buffer", 1 ]
				}
			},
			{
				"patchline": {
					"destination": [ "snare-waveform", 0 ],
					"source": [ "snare-show", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "snare-new-prepend", 0 ],
					"source": [ "snare-new", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "logic", 0 ],
					"source": [ "snare-new-prepend", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "snare-variation-prepend", 0 ],
					"source": [ "snare-variation", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "logic", 0 ],
					"source": [ "snare-variation-prepend", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "snare-undo-prepend", 0 ],
					"source": [ "snare-undo", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "logic", 0 ],
					"source": [ "snare-undo-prepend", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "snare-keep-prepend", 0 ],
					"source": [ "snare-keep", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "logic", 0 ],
					"source": [ "snare-keep-prepend", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "hihat-control", 0 ],
					"source": [ "players", 2 ]
				}
			},
			{
				"patchline": {
					"destination": [ "hihat-is", 0 ],
					"source": [ "stripnote", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "hihat-velocity", 1 ],
					"source": [ "stripnote", 1 ]
				}
			},
			{
				"patchline": {
					"destination": [ "hihat-sel", 0 ],
					"source": [ "hihat-is", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "hihat-velocity", 0 ],
					"source": [ "hihat-sel", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "hihat-hit", 0 ],
					"source": [ "hihat-velocity", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "hihat-level", 0 ],
					"source": [ "hihat-hit", 1 ]
				}
			},
			{
				"patchline": {
					"destination": [ "hihat-start", 0 ],
					"source": [ "hihat-hit", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "hihat-gain", 0 ],
					"source": [ "hihat-level", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "hihat-play", 0 ],
					"source": [ "hihat-start", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "hihat-left", 0 ],
					"source": [ "hihat-play", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "hihat-right", 0 ],
					"source": [ "hihat-play", 1 ]
				}
			},
			{
				"patchline": {
					"destination": [ "hihat-left", 1 ],
					"source": [ "hihat-gain", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "hihat-right", 1 ],
					"source": [ "hihat-gain", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "output-left", 0 ],
					"source": [ "hihat-left", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "output-right", 0 ],
					"source": [ "hihat-right", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "hihat-gain", 0 ],
					"source": [ "hihat-control", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "hihat-buffer", 0 ],
					"source": [ "hihat-control", 1 ]
				}
			},
			{
				"patchline": {
					"destination": [ "hihat-is", 1 ],
					"source": [ "hihat-control", 2 ]
				}
			},
			{
				"patchline": {
					"destination": [ "hihat-show", 0 ],
					"source": [ "hihat-buffer", 1 ]
				}
			},
			{
				"patchline": {
					"destination": [ "hihat-waveform", 0 ],
					"source": [ "hihat-show", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "hihat-new-prepend", 0 ],
					"source": [ "hihat-new", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "logic", 0 ],
					"source": [ "hihat-new-prepend", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "hihat-variation-prepend", 0 ],
					"source": [ "hihat-variation", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "logic", 0 ],
					"source": [ "hihat-variation-prepend", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "hihat-undo-prepend", 0 ],
					"source": [ "hihat-undo", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "logic", 0 ],
					"source": [ "hihat-undo-prepend", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "hihat-keep-prepend", 0 ],
					"source": [ "hihat-keep", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "logic", 0 ],
					"source": [ "hihat-keep-prepend", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "perc-control", 0 ],
					"source": [ "players", 3 ]
				}
			},
			{
				"patchline": {
					"destination": [ "perc-is", 0 ],
					"source": [ "stripnote", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "perc-velocity", 1 ],
					"source": [ "stripnote", 1 ]
				}
			},
			{
				"patchline": {
					"destination": [ "perc-sel", 0 ],
					"source": [ "perc-is", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "perc-velocity", 0 ],
					"source": [ "perc-sel", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "perc-hit", 0 ],
					"source": [ "perc-velocity", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "perc-level", 0 ],
					"source": [ "perc-hit", 1 ]
				}
			},
			{
				"patchline": {
					"destination": [ "perc-start", 0 ],
					"source": [ "perc-hit", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "perc-gain", 0 ],
					"source": [ "perc-level", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "perc-play", 0 ],
					"source": [ "perc-start", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "perc-left", 0 ],
					"source": [ "perc-play", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "perc-right", 0 ],
					"source": [ "perc-play", 1 ]
				}
			},
			{
				"patchline": {
					"destination": [ "perc-left", 1 ],
					"source": [ "perc-gain", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "perc-right", 1 ],
					"source": [ "perc-gain", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "output-left", 0 ],
					"source": [ "perc-left", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "output-right", 0 ],
					"source": [ "perc-right", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "perc-gain", 0 ],
					"source": [ "perc-control", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "perc-buffer", 0 ],
					"source": [ "perc-control", 1 ]
				}
			},
			{
				"patchline": {
					"destination": [ "perc-is", 1 ],
					"source": [ "perc-control", 2 ]
				}
			},
			{
				"patchline": {
					"destination": [ "perc-show", 0 ],
					"source": [ "perc-buffer", 1 ]
				}
			},
			{
				"patchline": {
					"destination": [ "perc-waveform", 0 ],
					"source": [ "perc-show", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "perc-new-prepend", 0 ],
					"source": [ "perc-new", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "logic", 0 ],
					"source": [ "perc-new-prepend", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "perc-variation-prepend", 0 ],
					"source": [ "perc-variation", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "logic", 0 ],
					"source": [ "perc-variation-prepend", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "perc-undo-prepend", 0 ],
					"source": [ "perc-undo", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "logic", 0 ],
					"source": [ "perc-undo-prepend", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "perc-keep-prepend", 0 ],
					"source": [ "perc-keep", 0 ]
				}
			},
			{
				"patchline": {
					"destination": [ "logic", 0 ],
					"source": [ "perc-keep-prepend", 0 ]
				}
			}
		],
		"openinpresentation": 1,
		"openrect": [ 0.0, 0.0, 556.0, 169.0 ],
		"platform_compatibility": 0,
		"project": {
			"amxdtype": 1768515945,
			"autolocalize": 0,
			"autoorganize": 1,
			"contents": {
				"code": {},
				"patchers": {}
			},
			"creationdate": 3590052493,
			"detailsvisible": 0,
			"devpath": ".",
			"devpathtype": 0,
			"hideprojectwindow": 1,
			"includepackages": 0,
			"layout": {},
			"modificationdate": 3590052493,
			"readonly": 0,
			"searchpath": {},
			"showdependencies": 1,
			"sortmode": 0,
			"version": 1,
			"viewmode": 0,
			"viewrect": [ 0.0, 0.0, 300.0, 500.0 ]
		},
		"rect": [ 60.0, 80.0, 1240.0, 1100.0 ],
		"tags": "drums sampler generative osc"
	}
}
