//! The Tauri shell: composes plugins, commands and the tray over `webitel-hooks-core`.

pub fn run() {}
