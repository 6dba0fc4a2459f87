pub mod hooks_page;
pub mod sign_in_page;
