//! The number parser on arbitrary text: it must return a value or a `NumberError`, never panic
//! or hang, and a value it returns must print back to an equal value.
#![no_main]

use claimcheck::exact::number::parse_exact;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(value) = parse_exact(text) {
        // p/q in lowest terms reads back as the same rational
        let printed = format!("{}/{}", value.numer(), value.denom());
        assert_eq!(parse_exact(&printed).ok(), Some(value), "{text:?}");
    }
});
