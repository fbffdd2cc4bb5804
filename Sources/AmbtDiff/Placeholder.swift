// Module filled in by the differ work.
