"""Demo courses for seed_demo: real, translated text for local-government officials.

Each module defines ``COURSE`` (see SCHEMA.md beside this file).
"""
