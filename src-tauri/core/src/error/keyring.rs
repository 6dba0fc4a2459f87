//! Why the keyring could not be used, as data, so that every language words it: the whole
//! keyring ([`KeyringDown`]) or one call ([`KeyringTrouble`]).

/// Why the OS keyring cannot be used at all, for this run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyringDown {
    /// No Secret Service answers (Linux).
    NoService,
    /// The platform's keyring could not be opened (macOS, Windows).
    NotOpened(KeyringTrouble),
    /// The keyring is there but its first read failed.
    Silent(KeyringTrouble),
    /// A call did not end within `seconds` (an unlock prompt nobody can see, a hung service).
    Stalled { seconds: u64 },
    /// The task probing the keyring stopped before answering.
    ProbeStopped,
}

/// What went wrong in one keyring call, without any secret bytes the keyring's error may carry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyringTrouble {
    /// The service failed, in its words.
    ServiceFailed(String),
    /// The keyring is locked, in its words.
    Locked(String),
    NoEntry,
    /// The saved value is not what the app wrote.
    BadFormat,
    /// The keyring's own store is damaged, in its words.
    Damaged(String),
    /// A name is longer than the keyring allows (which, and the limit).
    TooLong(String),
    /// A name the keyring refuses (which, and why).
    Invalid(String),
    /// More than one entry has the name.
    Ambiguous,
    /// No keyring is set up.
    NoStore,
    /// The keyring cannot do this, in its words.
    NotSupported(String),
    /// Anything else.
    Unknown,
}

impl KeyringTrouble {
    /// The catalog's id of the trouble, and the keyring's own words when it gave some.
    pub(super) fn id_and_words(&self) -> (&'static str, Option<&str>) {
        use KeyringTrouble as T;
        match self {
            T::ServiceFailed(w) => ("keyring-trouble-service-failed", Some(w)),
            T::Locked(w) => ("keyring-trouble-locked", Some(w)),
            T::NoEntry => ("keyring-trouble-no-entry", None),
            T::BadFormat => ("keyring-trouble-bad-format", None),
            T::Damaged(w) => ("keyring-trouble-damaged", Some(w)),
            T::TooLong(w) => ("keyring-trouble-too-long", Some(w)),
            T::Invalid(w) => ("keyring-trouble-invalid", Some(w)),
            T::Ambiguous => ("keyring-trouble-ambiguous", None),
            T::NoStore => ("keyring-trouble-no-store", None),
            T::NotSupported(w) => ("keyring-trouble-not-supported", Some(w)),
            T::Unknown => ("keyring-trouble-unknown", None),
        }
    }
}

/// The platform whose advice the keyring sentences give: `macos`, `windows` or `linux`.
pub(super) fn platform() -> &'static str {
    if cfg!(target_os = "macos") {
        "macos"
    } else if cfg!(target_os = "windows") {
        "windows"
    } else {
        "linux"
    }
}
