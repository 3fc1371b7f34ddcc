//! Fuzz target: the `scoring` property of tests/util/hostile.rs.
#![no_main]

// Each target uses one of the shared properties.
#[allow(dead_code)]
#[path = "../../tests/util/hostile.rs"]
mod hostile;

libfuzzer_sys::fuzz_target!(|data: &[u8]| hostile::scoring(data));
