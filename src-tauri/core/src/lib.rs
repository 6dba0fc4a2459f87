//! The app's behaviour as plain Rust, testable without a window.
