//! The launch options: where to sign in at start (tests, demo; without them the profile used
//! last is resumed) and where the data folder is.
//!
//! `webitel-hooks [--server URL] [--username USER@DOMAIN] [--data-dir DIR] [--hidden]
//! [--tray-item ID]`, each also as `--flag=value`, with the environment variables `WEBITEL_HOOKS_SERVER`,
//! `WEBITEL_HOOKS_USERNAME` and `WEBITEL_HOOKS_DATA_DIR` as fallbacks. The password comes only
//! from `WEBITEL_HOOKS_PASSWORD`: anything on the command line is visible to every user of the
//! machine (`ps`), so it is never read from there, and never logged.
//!
//! `--hidden` starts in the tray without showing the window (start at login). `--tray-item ID`
//! acts on a tray item as a click would; given to a second launch, the running app does it
//! (see [`SecondLaunch`]).

use std::ffi::OsString;
use std::fmt;
use std::path::PathBuf;

use webitel_hooks_model::Password;

pub const ENV_SERVER: &str = "WEBITEL_HOOKS_SERVER";
pub const ENV_USERNAME: &str = "WEBITEL_HOOKS_USERNAME";
pub const ENV_PASSWORD: &str = "WEBITEL_HOOKS_PASSWORD";
pub const ENV_DATA_DIR: &str = "WEBITEL_HOOKS_DATA_DIR";

/// What the app was started with.
#[derive(Clone, Default)]
pub struct LaunchOptions {
    pub server: Option<String>,
    pub username: Option<String>,
    /// Kept apart from `Debug` so that it cannot reach a log line.
    pub password: Option<String>,
    /// Overrides Tauri's app data folder; the cache file lives in it.
    pub data_dir: Option<PathBuf>,
    /// Start without showing the window (in the tray).
    pub hidden: bool,
    /// A tray item to act on once started, as a click on it would.
    pub tray_item: Option<String>,
    /// What reading the arguments found worth a log line. Kept, not logged at once: the
    /// arguments are read before the logger exists (see [`LaunchOptions::log_notes`]).
    pub notes: Vec<String>,
}

impl fmt::Debug for LaunchOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LaunchOptions")
            .field("server", &self.server.as_deref().map(without_user_info))
            .field("username", &self.username)
            .field("password", &self.password.as_ref().map(|_| "<set>"))
            .field("data_dir", &self.data_dir)
            .field("hidden", &self.hidden)
            .field("tray_item", &self.tray_item)
            .field("notes", &self.notes)
            .finish()
    }
}

/// Where to sign in at start, when all three parts were given. Its `Debug` hides the password.
#[derive(Debug)]
pub struct StartupSignIn {
    pub server: String,
    pub username: String,
    pub password: Password,
}

impl LaunchOptions {
    /// Reads the process's arguments and environment, then removes the password from the
    /// environment: nothing the app starts later (the webview's processes, a browser opened
    /// for a link) inherits it. Called first thing in `run`, before any other thread exists.
    pub fn from_process() -> LaunchOptions {
        let options =
            LaunchOptions::parse(std::env::args_os().skip(1), |name| std::env::var_os(name));
        std::env::remove_var(ENV_PASSWORD);
        options
    }

    /// Reads `args` (without the program name); a flag wins over its environment variable.
    /// Arguments this version does not know are skipped with a log line, so that a launcher
    /// adding its own flags does not stop the app.
    pub fn parse(
        args: impl IntoIterator<Item = OsString>,
        env: impl Fn(&str) -> Option<OsString>,
    ) -> LaunchOptions {
        let mut options = LaunchOptions::default();
        let mut args = args.into_iter();
        while let Some(arg) = args.next() {
            let arg = arg.to_string_lossy().into_owned();
            let (flag, inline) = match arg.split_once('=') {
                Some((flag, value)) if flag.starts_with("--") => (flag, Some(value.to_owned())),
                _ => (arg.as_str(), None),
            };
            let slot = match flag {
                "--server" => Slot::Server,
                "--username" => Slot::Username,
                "--data-dir" => Slot::DataDir,
                "--tray-item" => Slot::TrayItem,
                "--hidden" if inline.is_none() => {
                    options.hidden = true;
                    continue;
                }
                "--password" => {
                    // Its value is skipped unread: it is already in `ps` and the shell
                    // history, which is the reason the flag does not exist.
                    if inline.is_none() {
                        let _ = args.next();
                    }
                    options.notes.push(format!(
                        "--password is ignored: a password on the command line is visible to other users; set {ENV_PASSWORD} instead"
                    ));
                    continue;
                }
                other if other.starts_with('-') => {
                    // Only the flag's name: its value might be a secret.
                    let name = other.split_once('=').map_or(other, |(name, _)| name);
                    options.notes.push(format!(
                        "ignoring an argument this version does not know: {name}"
                    ));
                    continue;
                }
                _ => {
                    // A value that follows no known flag is most likely the value of a
                    // mistyped one (`--pasword hunter2`): never repeated anywhere.
                    options
                        .notes
                        .push("ignoring a value that follows no known flag".to_owned());
                    continue;
                }
            };
            let Some(value) =
                inline.or_else(|| args.next().map(|v| v.to_string_lossy().into_owned()))
            else {
                options
                    .notes
                    .push(format!("ignoring {flag}, given without its value"));
                continue;
            };
            slot.set(&mut options, value);
        }
        let from_env = |name: &str| {
            env(name)
                .map(|v| v.to_string_lossy().into_owned())
                .filter(|v| !v.trim().is_empty())
        };
        options.server = non_empty(options.server).or_else(|| from_env(ENV_SERVER));
        options.username = non_empty(options.username).or_else(|| from_env(ENV_USERNAME));
        options.password = from_env(ENV_PASSWORD);
        options.data_dir = options
            .data_dir
            .filter(|d| !d.as_os_str().is_empty())
            .or_else(|| {
                env(ENV_DATA_DIR)
                    .filter(|d| !d.is_empty())
                    .map(PathBuf::from)
            });
        options
    }

    /// Logs what reading the arguments noticed; called once the logger is set.
    pub fn log_notes(&self) {
        for note in &self.notes {
            tracing::warn!("{note}");
        }
    }

    /// The sign-in to make at start: only with a server, a username and a password. With only
    /// some of them the app starts signed out, and the log says which part is missing.
    pub fn startup_sign_in(&self) -> Option<StartupSignIn> {
        match (&self.server, &self.username, &self.password) {
            (Some(server), Some(username), Some(password)) => Some(StartupSignIn {
                server: server.clone(),
                username: username.trim().to_owned(),
                password: Password::new(password.clone()),
            }),
            (None, None, None) => None,
            (server, username, password) => {
                tracing::warn!(
                    server = server.is_some(),
                    username = username.is_some(),
                    password = password.is_some(),
                    "not signing in at start: --server, --username and {ENV_PASSWORD} are all needed"
                );
                None
            }
        }
    }
}

#[derive(Clone, Copy)]
enum Slot {
    Server,
    Username,
    DataDir,
    TrayItem,
}

impl Slot {
    fn set(self, options: &mut LaunchOptions, value: String) {
        match self {
            Slot::Server => options.server = Some(value),
            Slot::Username => options.username = Some(value),
            Slot::DataDir => options.data_dir = Some(PathBuf::from(value)),
            Slot::TrayItem => options.tray_item = Some(value),
        }
    }
}

/// What a second launch asks of the running app: it always shows and focuses its window, then
/// acts on `tray_item` as a click on that tray item would (no confirmation: the command line is
/// the confirmation).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SecondLaunch {
    pub tray_item: Option<String>,
}

impl SecondLaunch {
    /// Reads the second instance's arguments as the single-instance plugin hands them over
    /// (the program first). Everything else it was given (a server, a data folder) is the
    /// running app's business, not the second launch's, and is ignored.
    pub fn from_args(args: &[String]) -> SecondLaunch {
        let options = LaunchOptions::parse(args.iter().skip(1).map(OsString::from), |_| None);
        SecondLaunch {
            tray_item: options.tray_item.filter(|id| !id.trim().is_empty()),
        }
    }
}

/// The address as it may be logged: without a `user:password@` part, query or fragment
/// (core's `displayable_server`); text that is not an address is shown only as such.
fn without_user_info(server: &str) -> String {
    webitel_hooks_core::session::displayable_server(server)
        .unwrap_or_else(|_| "<not an address>".to_owned())
}

fn non_empty(value: Option<String>) -> Option<String> {
    value.filter(|v| !v.trim().is_empty())
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use std::collections::HashMap;

    use super::*;

    fn parse(args: &[&str], env: &[(&str, &str)]) -> LaunchOptions {
        let env: HashMap<String, OsString> = env
            .iter()
            .map(|(k, v)| ((*k).to_owned(), OsString::from(v)))
            .collect();
        LaunchOptions::parse(args.iter().map(OsString::from), |name| {
            env.get(name).cloned()
        })
    }

    #[test]
    fn flags_in_both_forms_and_the_password_from_the_environment() {
        let options = parse(
            &[
                "--server",
                "http://127.0.0.1:8070",
                "--username=admin@demo",
                "--data-dir",
                "/tmp/wh",
            ],
            &[(ENV_PASSWORD, "demo")],
        );
        assert_eq!(options.server.as_deref(), Some("http://127.0.0.1:8070"));
        assert_eq!(options.username.as_deref(), Some("admin@demo"));
        assert_eq!(options.data_dir, Some(PathBuf::from("/tmp/wh")));
        assert_eq!(options.password.as_deref(), Some("demo"));
        assert!(options.startup_sign_in().is_some());
    }

    #[test]
    fn flags_win_over_the_environment_which_fills_the_rest() {
        let options = parse(
            &["--server", "https://a.example"],
            &[
                (ENV_SERVER, "https://b.example"),
                (ENV_USERNAME, "bob@acme"),
                (ENV_DATA_DIR, "/data"),
            ],
        );
        assert_eq!(options.server.as_deref(), Some("https://a.example"));
        assert_eq!(options.username.as_deref(), Some("bob@acme"));
        assert_eq!(options.data_dir, Some(PathBuf::from("/data")));
        // No password: no sign-in at start.
        assert!(options.startup_sign_in().is_none());
    }

    #[test]
    fn unknown_arguments_and_a_password_flag_are_skipped() {
        let options = parse(
            &[
                "-psn_0_1234",
                "--password",
                "hunter2",
                "--verbose=yes",
                "--username",
                "admin@demo",
                "--server",
            ],
            &[],
        );
        assert_eq!(options.username.as_deref(), Some("admin@demo"));
        assert_eq!(options.password, None);
        // A flag at the end without its value is dropped, not an error.
        assert_eq!(options.server, None);
        assert!(!format!("{options:?}").contains("hunter2"));
        // Each is noted for the log, by name only: an unknown value might be a secret.
        let notes = options.notes.join("\n");
        assert!(notes.contains("--password is ignored"), "{notes}");
        assert!(notes.contains("--verbose"), "{notes}");
        assert!(notes.contains("--server"), "{notes}");
        assert!(
            !notes.contains("hunter2") && !notes.contains("yes"),
            "{notes}"
        );
    }

    #[test]
    fn hidden_and_a_tray_item() {
        let options = parse(&["--hidden", "--tray-item", "sync"], &[]);
        assert!(options.hidden);
        assert_eq!(options.tray_item.as_deref(), Some("sync"));
        let options = parse(&["--tray-item=hook:1:7"], &[]);
        assert!(!options.hidden);
        assert_eq!(options.tray_item.as_deref(), Some("hook:1:7"));
    }

    #[test]
    fn a_second_launch_hands_over_only_its_tray_item() {
        let args = |a: &[&str]| a.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert_eq!(
            SecondLaunch::from_args(&args(&["/usr/bin/webitel-hooks"])),
            SecondLaunch::default()
        );
        assert_eq!(
            SecondLaunch::from_args(&args(&[
                "webitel-hooks",
                "--server",
                "https://x.example",
                "--tray-item",
                "disable-all:3"
            ])),
            SecondLaunch {
                tray_item: Some("disable-all:3".into())
            }
        );
        assert_eq!(
            SecondLaunch::from_args(&args(&["webitel-hooks", "--tray-item=sync", "--hidden"])),
            SecondLaunch {
                tray_item: Some("sync".into())
            }
        );
        // The program's own name is never read as a flag, and an empty id is no id.
        assert_eq!(
            SecondLaunch::from_args(&args(&["--tray-item", "--tray-item", " "])),
            SecondLaunch::default()
        );
    }

    #[test]
    fn a_mistyped_flags_value_and_an_addresss_user_info_never_reach_the_log() {
        let options = parse(
            &[
                "--pasword",
                "hunter2",
                "--server",
                "https://bob:s3cret@cc.example.com/?token=abc",
            ],
            &[],
        );
        let logged = format!("{options:?}\n{}", options.notes.join("\n"));
        for secret in ["hunter2", "s3cret", "bob", "abc"] {
            assert!(!logged.contains(secret), "{secret} in {logged}");
        }
        assert!(logged.contains("--pasword"), "{logged}");
        assert!(logged.contains("https://cc.example.com"), "{logged}");
        // The address used to sign in is the one given, credentials included: the core strips
        // them before any request (`displayable_server`).
        assert_eq!(
            options.server.as_deref(),
            Some("https://bob:s3cret@cc.example.com/?token=abc")
        );
    }

    #[test]
    fn the_password_leaves_the_environment_once_read() {
        // This test's process is its own (nextest runs each test in one), so changing its
        // environment disturbs no other test.
        std::env::set_var(ENV_PASSWORD, "s3cret");
        let options = LaunchOptions::from_process();
        assert_eq!(options.password.as_deref(), Some("s3cret"));
        assert_eq!(std::env::var_os(ENV_PASSWORD), None);
    }

    proptest! {
        #![proptest_config(ProptestConfig {
            cases: 1000,
            failure_persistence: None,
            ..ProptestConfig::default()
        })]

        /// Any command line: read without a panic, and no value of it, a secret or not, in
        /// what is logged about it (only flag names are).
        #[test]
        fn no_value_of_any_command_line_reaches_the_log(
            args in proptest::collection::vec(
                prop_oneof![
                    proptest::sample::select(&[
                        "--server", "--username", "--password", "--pasword", "--data-dir",
                        "--hidden", "--tray-item", "--verbose", "-v",
                    ][..]).prop_map(str::to_owned),
                    "[A-Za-z0-9]{8,16}",
                    "--[a-z]{1,8}=[A-Za-z0-9]{8,16}",
                ],
                0..10,
            ),
        ) {
            let refs: Vec<&str> = args.iter().map(String::as_str).collect();
            let options = parse(&refs, &[]);
            let logged = format!("{options:?}\n{}", options.notes.join("\n"));
            for arg in &args {
                let value = arg.split_once('=').map_or(arg.as_str(), |(_, v)| v);
                if !value.starts_with('-') {
                    // A value may show only as what it was given for: a server address
                    // (not an address: shown as such), a username, a folder or a tray item.
                    let given = [&options.username, &options.tray_item]
                        .iter()
                        .any(|v| v.as_deref() == Some(value))
                        || options.data_dir.as_deref() == Some(std::path::Path::new(value));
                    prop_assert!(
                        given || !options.notes.join("\n").contains(value),
                        "{value} in {logged}"
                    );
                }
            }
        }
    }

    #[test]
    fn debug_never_shows_the_password() {
        let options = parse(&[], &[(ENV_PASSWORD, "s3cret")]);
        let shown = format!("{options:?}");
        assert!(!shown.contains("s3cret"));
        assert!(shown.contains("<set>"));
    }
}
