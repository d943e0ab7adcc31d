"""The PadFusion Max for Live device: patcher, js logic and the build that packs them (see build.py)."""
