"""Pure domain rules: no Qt, no database, no network, no PDF library."""
