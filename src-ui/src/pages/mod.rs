pub mod hooks_page;
