//! The catalogs against each other and against the code: every language has every message with
//! the same arguments, plurals follow each language's rules, every id the code uses exists and
//! every id exists for a reason, and no sentence is written in the code instead of a catalog.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod catalogs;
mod literals;
mod plurals;
mod source;
mod usage;
