// libFuzzer's driver, called from the Swift fuzz targets' entry points (SwiftPM renames an
// executable's `main`, so the targets start libFuzzer themselves).
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
