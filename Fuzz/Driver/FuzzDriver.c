// Intentionally empty: the header declares libFuzzer's driver, which libclang_rt.fuzzer provides.
