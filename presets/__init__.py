"""The bundled presets (one TOML file per pad sound) and the models they play, read as package data."""
