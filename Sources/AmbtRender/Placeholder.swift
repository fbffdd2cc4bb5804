// Module filled in by the render/new work.
