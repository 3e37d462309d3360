"""The project's date formats, where Django's own are not right for a language
(FORMAT_MODULE_PATH). Anything not set here is Django's."""
