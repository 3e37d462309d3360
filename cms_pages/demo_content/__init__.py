"""Demo content for the public site (offices, news, events, resources); see SCHEMA.md."""
