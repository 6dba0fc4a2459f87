//! The app-wide preferences (`Settings`): a small JSON file beside `profiles.sqlite3`, read at
//! start and written whole on every change.
//!
//! What must hold:
//! - a missing file is the defaults; a damaged one too, with a warning in the log, so that a bad
//!   file never stops the app (the next save replaces it);
//! - a save is atomic (a temporary file beside it, then a rename), so a crash mid-write leaves
//!   the old file or the new one, never half of one;
//! - start at login is applied (registered or unregistered with the OS) before it is saved, so
//!   the file never says "on" for an app the OS does not start;
//! - the language is the one chosen in Settings, or else the first of the OS's languages the
//!   app speaks (read once at start), or else English: [`SettingsStore::language`] is the one
//!   answer every native sentence and the window follow.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use tauri::{AppHandle, Manager, Runtime};
use webitel_hooks_model::commands::Settings;
use webitel_hooks_model::Language;

use crate::error::Error;

/// The file's name in the data folder.
pub const FILE_NAME: &str = "settings.json";

/// The preferences in memory and where they are kept; managed by Tauri.
#[derive(Debug)]
pub struct SettingsStore {
    /// `None` when the app has no data folder: the defaults apply and a save says why it cannot.
    path: Option<PathBuf>,
    current: Mutex<Settings>,
    /// The OS's language, as the app speaks it.
    system: Language,
}

impl SettingsStore {
    /// Reads the file in `dir` (or the defaults); `dir` is `None` when the app has no data folder.
    pub fn open(dir: Option<&Path>) -> SettingsStore {
        let path = dir.map(|dir| dir.join(FILE_NAME));
        let current = path.as_deref().map(read).unwrap_or_default();
        SettingsStore {
            path,
            current: Mutex::new(current),
            system: system_language(sys_locale::get_locales()),
        }
    }

    /// The language the app speaks now: the one chosen in Settings, or the OS's.
    pub fn language(&self) -> Language {
        self.get().language.unwrap_or(self.system)
    }

    /// The OS's language, as the app speaks it (English when it speaks none of the OS's).
    pub fn system_language(&self) -> Language {
        self.system
    }

    /// The preferences now.
    pub fn get(&self) -> Settings {
        *self.current.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Writes `settings` to the file, then keeps them as the current ones.
    pub fn save(&self, settings: Settings) -> Result<(), Error> {
        let Some(path) = &self.path else {
            return Err(Error::SettingsWithoutFolder);
        };
        write_atomically(path, &settings).map_err(|err| {
            tracing::warn!(error = %err, path = %path.display(), "the settings were not saved");
            Error::SettingsNotSaved {
                path: path.clone(),
                detail: err.to_string(),
            }
        })?;
        *self.current.lock().unwrap_or_else(|p| p.into_inner()) = settings;
        Ok(())
    }
}

/// The first of the OS's languages, most preferred first, that the app speaks; English when
/// none is.
pub fn system_language(locales: impl IntoIterator<Item = String>) -> Language {
    locales
        .into_iter()
        .find_map(|locale| Language::from_locale(&locale))
        .unwrap_or_default()
}

/// The language the app speaks now, for the native side's sentences (English before the
/// settings are loaded).
pub fn language<R: Runtime>(app: &AppHandle<R>) -> Language {
    app.try_state::<SettingsStore>()
        .map(|store| store.language())
        .unwrap_or_default()
}

/// The file's preferences; the defaults when it is missing or cannot be read as settings.
fn read(path: &Path) -> Settings {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Settings::default(),
        Err(err) => {
            tracing::warn!(error = %err, path = %path.display(), "the settings could not be read; using the defaults");
            return Settings::default();
        }
    };
    match serde_json::from_str(&text) {
        Ok(settings) => settings,
        Err(err) => {
            tracing::warn!(error = %err, path = %path.display(), "the settings file is damaged; using the defaults until the next save");
            Settings::default()
        }
    }
}

fn write_atomically(path: &Path, settings: &Settings) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or_else(|| Path::new("."));
    std::fs::create_dir_all(dir)?;
    let text = serde_json::to_vec_pretty(settings).map_err(std::io::Error::other)?;
    let temp = path.with_extension("json.tmp");
    {
        let mut file = std::fs::File::create(&temp)?;
        file.write_all(&text)?;
        file.write_all(b"\n")?;
        // On disk before the rename makes it the file: a crash then leaves a whole file.
        file.sync_all()?;
    }
    std::fs::rename(&temp, path)
}

/// Registers or unregisters the app to start at login (hidden, in the tray), when that differs
/// from what the OS has now. Without the autostart plugin (tests) it cannot be turned on.
pub fn apply_start_at_login<R: Runtime>(app: &AppHandle<R>, enabled: bool) -> Result<(), Error> {
    let Some(manager) = app.try_state::<tauri_plugin_autostart::AutoLaunchManager>() else {
        if enabled {
            return Err(Error::StartAtLoginUnavailable);
        }
        return Ok(());
    };
    let now = manager.is_enabled().unwrap_or(!enabled);
    if now == enabled {
        return Ok(());
    }
    let outcome = if enabled {
        manager.enable()
    } else {
        manager.disable()
    };
    outcome.map_err(|err| {
        tracing::warn!(error = %err, enabled, "start at login was not changed");
        Error::StartAtLoginNotChanged {
            enabled,
            detail: err.to_string(),
        }
    })
}

/// `settings` with start at login as the OS has it now, when the app can ask: the user may have
/// removed the login item (or added it) in the desktop's own settings since it was saved.
pub fn as_the_os_has_them<R: Runtime>(app: &AppHandle<R>, settings: Settings) -> Settings {
    let Some(manager) = app.try_state::<tauri_plugin_autostart::AutoLaunchManager>() else {
        return settings;
    };
    match manager.is_enabled() {
        Ok(enabled) if enabled != settings.start_at_login => {
            tracing::info!(enabled, "start at login was changed outside the app");
            Settings {
                start_at_login: enabled,
                ..settings
            }
        }
        Ok(_) => settings,
        Err(err) => {
            tracing::warn!(error = %err, "could not read whether the app starts at login");
            settings
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use proptest::prelude::*;

    use super::*;

    #[test]
    fn missing_file_is_the_defaults_and_a_save_round_trips() {
        let dir = tempfile::tempdir().unwrap();
        let store = SettingsStore::open(Some(dir.path()));
        assert_eq!(store.get(), Settings::default());
        assert!(!dir.path().join(FILE_NAME).exists());
        let changed = Settings {
            close_to_tray: false,
            start_at_login: false,
            notifications: false,
            journal_days: 30,
            language: Some(Language::Vi),
        };
        store.save(changed).unwrap();
        assert_eq!(store.get(), changed);
        assert_eq!(SettingsStore::open(Some(dir.path())).get(), changed);
        // No temporary file is left behind.
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from(FILE_NAME)]);
    }

    #[test]
    fn the_language_is_the_chosen_one_else_the_first_the_os_lists_that_the_app_speaks() {
        let locales = |names: &[&str]| names.iter().map(|n| n.to_string()).collect::<Vec<_>>();
        assert_eq!(system_language(locales(&["ru-RU"])), Language::Ru);
        assert_eq!(
            system_language(locales(&["pt-BR", "uk-UA", "en-US"])),
            Language::Uk
        );
        assert_eq!(system_language(locales(&["de-DE"])), Language::En);
        assert_eq!(system_language(locales(&[])), Language::En);

        let dir = tempfile::tempdir().unwrap();
        let store = SettingsStore::open(Some(dir.path()));
        assert_eq!(store.language(), store.system_language());
        store
            .save(Settings {
                language: Some(Language::Kk),
                ..Settings::default()
            })
            .unwrap();
        assert_eq!(store.language(), Language::Kk);
        assert_eq!(
            SettingsStore::open(Some(dir.path())).language(),
            Language::Kk
        );
    }

    #[test]
    fn a_damaged_file_reads_as_the_defaults_and_the_next_save_replaces_it() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(FILE_NAME), b"{\"close_to_tray\": tru").unwrap();
        let store = SettingsStore::open(Some(dir.path()));
        assert_eq!(store.get(), Settings::default());
        let changed = Settings {
            notifications: false,
            ..Settings::default()
        };
        store.save(changed).unwrap();
        assert_eq!(SettingsStore::open(Some(dir.path())).get(), changed);
    }

    #[test]
    fn an_older_file_keeps_what_it_has_and_defaults_the_rest() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(FILE_NAME), b"{\"close_to_tray\": false}").unwrap();
        let settings = SettingsStore::open(Some(dir.path())).get();
        assert!(!settings.close_to_tray);
        assert!(settings.notifications);
        assert!(!settings.start_at_login);
        assert_eq!(settings.journal_days, 180);
    }

    #[test]
    fn without_a_data_folder_a_save_says_what_to_do() {
        let store = SettingsStore::open(None);
        assert_eq!(store.get(), Settings::default());
        let err = store.save(Settings::default()).unwrap_err();
        assert_eq!(err, Error::SettingsWithoutFolder);
        assert!(err.to_string().contains("--data-dir"), "{err}");
    }

    proptest! {
        #![proptest_config(ProptestConfig {
            cases: 500,
            failure_persistence: None,
            ..ProptestConfig::default()
        })]

        /// Whatever the settings file holds (bytes of any kind, or the three settings with
        /// values of any JSON kind), it reads as settings: what it says, else the defaults.
        #[test]
        fn any_settings_file_reads_as_settings(
            bytes in proptest::collection::vec(any::<u8>(), 0..512),
            values in proptest::collection::vec(
                prop_oneof![
                    Just(serde_json::Value::Null),
                    any::<bool>().prop_map(serde_json::Value::from),
                    any::<i64>().prop_map(serde_json::Value::from),
                    ".{0,8}".prop_map(serde_json::Value::from),
                ],
                3,
            ),
        ) {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join(FILE_NAME);
            std::fs::write(&path, &bytes).unwrap();
            let _ = read(&path);
            let object = serde_json::json!({
                "close_to_tray": values[0],
                "start_at_login": values[1],
                "notifications": values[2],
            });
            std::fs::write(&path, object.to_string()).unwrap();
            let settings = read(&path);
            if values.iter().all(serde_json::Value::is_boolean) {
                prop_assert_eq!(Some(settings.close_to_tray), values[0].as_bool());
                prop_assert_eq!(Some(settings.start_at_login), values[1].as_bool());
                prop_assert_eq!(Some(settings.notifications), values[2].as_bool());
            }
        }
    }
}
