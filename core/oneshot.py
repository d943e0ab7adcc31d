"""The one-shot PadFusion makes and reads, as tiny-audio-diffusion's models define it: the defaults of every
model configuration, audio reader and writer, and data set, defined once."""

SAMPLE_RATE = 44100
CHANNELS = 2
LENGTH = 32768  # samples: about 0.74 s at SAMPLE_RATE
