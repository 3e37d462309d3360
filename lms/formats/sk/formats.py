"""Slovak: a day and month name take the month in the genitive ("1. decembra 2026"), Django's
"E" (the "alt. month" names); alone with the year it stays nominative ("december 2026")."""

DATE_FORMAT = "j. E Y"
DATETIME_FORMAT = "j. E Y, G:i"
MONTH_DAY_FORMAT = "j. E"

