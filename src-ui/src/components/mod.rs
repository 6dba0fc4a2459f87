//! The Hooks tab's parts, each with `PartialEq` props so that a part re-renders only when what
//! it shows changed.

pub mod all_filters;
pub mod banners;
pub mod bulk_switch;
pub mod confirm_dialog;
pub mod conflict_dialog;
pub mod copy_dialog;
pub mod dialog;
pub mod export_buttons;
pub mod flow_picker;
pub mod hook_modal;
pub mod hook_table;
pub mod icons;
pub mod import_preview;
pub mod journal_filters;
pub mod journal_table;
pub mod name_picker;
pub mod offline_mark;
pub mod pagination;
pub mod profile_dialogs;
pub mod profile_menu;
pub mod queue_picker;
pub mod session_expired;
pub mod settings_dialog;
pub mod state_switch;
pub mod sync_bar;
pub mod table_parts;
pub mod toasts;
pub mod toolbar;
