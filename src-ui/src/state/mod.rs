//! The pages' state as plain reducers: an `Action` in, the next state out. No web-sys here, so
//! every rule is unit-tested natively.

pub mod all_queues;
pub mod conflicts;
pub mod flows;
pub mod modal;
pub mod queues;
pub mod registry;
pub mod sign_in;
pub mod sync;
pub mod toasts;
