//! The screens: Sign-in, and the Hooks tab with its two panes (one queue, all queues).

pub mod all_queues_pane;
pub mod hooks_page;
pub mod journal_page;
pub mod queue_pane;
pub mod sign_in_page;
