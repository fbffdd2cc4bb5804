// Module filled in by the linter work.
