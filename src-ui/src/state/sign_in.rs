//! The Sign-in screen: which profile, the credentials, the private CA, the keyring's state and
//! the second factor. Plain state, so every rule is tested natively.

use std::rc::Rc;

use webitel_hooks_model::commands::{SecondFactorArgs, SignInArgs};
use webitel_hooks_model::{
    AppError, ErrorCode, KeyringState, NewProfile, Password, Profile, ProfileId, ProfileList,
    ProfileTarget,
};

/// Where the form stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// The profile list is being read.
    Loading,
    Credentials,
    /// The server asked for a one-time code for this profile.
    SecondFactor {
        profile_id: ProfileId,
    },
}

/// Which profile the screen opens with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Preselect {
    /// The profile used last, else a new server.
    #[default]
    LastUsed,
    Profile(ProfileId),
    NewServer,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SignInState {
    pub step: Step,
    pub profiles: Rc<Vec<Profile>>,
    /// `None`: a new server.
    pub selected: Option<ProfileId>,
    pub server: String,
    pub username: String,
    pub password: String,
    pub remember: bool,
    /// Why the keyring cannot be used; `None` when it can.
    pub keyring_unavailable: Option<String>,
    pub session_only: bool,
    pub ca_open: bool,
    pub ca_pem: String,
    pub code: String,
    pub busy: bool,
    pub error: Option<AppError>,
}

impl Default for SignInState {
    fn default() -> Self {
        Self {
            step: Step::Loading,
            profiles: Rc::default(),
            selected: None,
            server: String::new(),
            username: String::new(),
            password: String::new(),
            remember: false,
            keyring_unavailable: None,
            session_only: false,
            ca_open: false,
            ca_pem: String::new(),
            code: String::new(),
            busy: false,
            error: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// The profiles arrived; `reason` says why the screen opened (a failed resume), if it did.
    Loaded {
        list: ProfileList,
        preselect: Preselect,
        reason: Option<AppError>,
    },
    /// The profiles could not be read: a new server can still be signed in to.
    LoadFailed(AppError),
    PickProfile(Option<ProfileId>),
    Server(String),
    Username(String),
    Password(String),
    Remember(bool),
    SessionOnly(bool),
    ToggleCa,
    CaPem(String),
    Code(String),
    /// Sign in or Verify was pressed.
    Submit,
    /// The server wants a one-time code.
    SecondFactorRequired(ProfileId),
    /// Back from the one-time code to the password.
    BackToCredentials,
    Failed(AppError),
}

impl SignInState {
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Loaded {
                list,
                preselect,
                reason,
            } => {
                self.keyring_unavailable = match list.keyring {
                    KeyringState::Available => None,
                    KeyringState::Unavailable { reason } => Some(reason),
                };
                self.session_only = self.keyring_unavailable.is_some();
                let selected = match preselect {
                    Preselect::LastUsed => list.last_used,
                    Preselect::Profile(id) => Some(id),
                    Preselect::NewServer => None,
                };
                self.profiles = Rc::new(list.profiles);
                self.step = Step::Credentials;
                self.select(selected);
                self.error = reason;
            }
            Action::LoadFailed(error) => {
                self.step = Step::Credentials;
                self.error = Some(error);
            }
            Action::PickProfile(id) => {
                self.select(id);
                self.error = None;
            }
            Action::Server(server) => self.server = server,
            Action::Username(username) => self.username = username,
            Action::Password(password) => self.password = password,
            Action::Remember(remember) => {
                self.remember = remember && self.keyring_unavailable.is_none();
            }
            Action::SessionOnly(session_only) => self.session_only = session_only,
            Action::ToggleCa => self.ca_open = !self.ca_open,
            Action::CaPem(pem) => self.ca_pem = pem,
            Action::Code(code) => self.code = code,
            Action::Submit => {
                if self.can_submit() {
                    self.busy = true;
                    self.error = None;
                }
            }
            Action::SecondFactorRequired(profile_id) => {
                self.busy = false;
                self.error = None;
                self.code.clear();
                // The profile now exists: a retry after Back signs in to it, not a new one.
                self.selected = Some(profile_id);
                self.step = Step::SecondFactor { profile_id };
            }
            Action::BackToCredentials => {
                self.step = Step::Credentials;
                self.code.clear();
                self.password.clear();
                self.error = None;
            }
            Action::Failed(error) => {
                self.busy = false;
                match error.code {
                    // A wrong password or code: type it again; the server and user stay.
                    ErrorCode::Unauthenticated => match self.step {
                        Step::SecondFactor { .. } => self.code.clear(),
                        _ => self.password.clear(),
                    },
                    ErrorCode::Certificate => self.ca_open = true,
                    ErrorCode::KeyringUnavailable => {
                        self.keyring_unavailable = Some(error.message.clone());
                        self.remember = false;
                        self.session_only = true;
                    }
                    _ => {}
                }
                self.error = Some(error);
            }
        }
    }

    fn select(&mut self, id: Option<ProfileId>) {
        let profile = id.and_then(|id| self.profiles.iter().find(|p| p.id == id).cloned());
        match profile {
            Some(profile) => {
                self.selected = Some(profile.id);
                self.server = profile.server;
                self.username = profile.username;
                self.remember = profile.remember_password && self.keyring_unavailable.is_none();
            }
            None => {
                if self.selected.is_some() {
                    self.server.clear();
                    self.username.clear();
                }
                self.selected = None;
                self.remember = false;
            }
        }
        self.password.clear();
        self.ca_pem.clear();
        self.ca_open = false;
    }

    /// The profile picked in the list, if any.
    pub fn selected_profile(&self) -> Option<&Profile> {
        let id = self.selected?;
        self.profiles.iter().find(|p| p.id == id)
    }

    /// Server URL and Username are fixed by the picked profile.
    pub fn fields_fixed(&self) -> bool {
        self.selected_profile().is_some()
    }

    /// Whether Sign in (or Verify) may be pressed.
    pub fn can_submit(&self) -> bool {
        if self.busy {
            return false;
        }
        match self.step {
            Step::Loading => false,
            Step::SecondFactor { .. } => !self.code.trim().is_empty(),
            Step::Credentials => {
                !self.server.trim().is_empty()
                    && !self.username.trim().is_empty()
                    && !self.password.is_empty()
                    // Without a keyring, only a session that ends with the app is possible.
                    && (self.keyring_unavailable.is_none() || self.session_only)
            }
        }
    }

    fn pem(&self) -> Option<String> {
        let pem = self.ca_pem.trim();
        (!pem.is_empty()).then(|| pem.to_owned())
    }

    /// A CA certificate to set on the picked profile before signing in.
    pub fn ca_for_existing(&self) -> Option<(ProfileId, String)> {
        let profile = self.selected_profile()?;
        Some((profile.id, self.pem()?))
    }

    /// What `sign_in` is called with.
    pub fn sign_in_args(&self) -> Option<SignInArgs> {
        if self.step != Step::Credentials || self.password.is_empty() {
            return None;
        }
        let profile = match self.selected_profile() {
            Some(profile) => ProfileTarget::Existing {
                profile_id: profile.id,
            },
            None => ProfileTarget::New {
                profile: NewProfile {
                    name: String::new(),
                    server: self.server.trim().to_owned(),
                    username: self.username.trim().to_owned(),
                    ca_certificate_pem: self.pem(),
                },
            },
        };
        let session_only = self.keyring_unavailable.is_some() && self.session_only;
        Some(SignInArgs {
            profile,
            password: Password::new(self.password.clone()),
            remember: self.remember && !session_only,
            session_only,
        })
    }

    /// What `submit_second_factor` is called with.
    pub fn second_factor_args(&self) -> Option<SecondFactorArgs> {
        match self.step {
            Step::SecondFactor { profile_id } => Some(SecondFactorArgs {
                profile_id,
                code: self.code.trim().to_owned(),
            }),
            _ => None,
        }
    }
}

impl yew::Reducible for SignInState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn profile(id: i64, remember: bool) -> Profile {
        Profile {
            id: ProfileId(id),
            name: format!("cc{id}"),
            server: format!("https://cc{id}.example.com"),
            username: format!("admin@d{id}"),
            remember_password: remember,
            has_ca_certificate: false,
        }
    }

    fn loaded(keyring: KeyringState, profiles: Vec<Profile>, preselect: Preselect) -> SignInState {
        let last_used = profiles.first().map(|p| p.id);
        let mut state = SignInState::default();
        state.apply(Action::Loaded {
            list: ProfileList {
                profiles,
                last_used,
                keyring,
            },
            preselect,
            reason: None,
        });
        state
    }

    fn new_server() -> SignInState {
        loaded(KeyringState::Available, vec![], Preselect::LastUsed)
    }

    #[test]
    fn sign_in_waits_for_server_username_and_password() {
        let mut state = new_server();
        assert_eq!(state.step, Step::Credentials);
        assert!(!state.can_submit());
        state.apply(Action::Server("https://cc.example.com".into()));
        assert!(!state.can_submit());
        state.apply(Action::Username("admin@demo".into()));
        assert!(!state.can_submit());
        state.apply(Action::Password("secret".into()));
        assert!(state.can_submit());
        state.apply(Action::Username("  ".into()));
        assert!(!state.can_submit());
    }

    #[test]
    fn nothing_can_be_submitted_while_loading_or_busy() {
        let mut state = SignInState::default();
        assert!(!state.can_submit());
        state = new_server();
        state.apply(Action::Server("https://cc.example.com".into()));
        state.apply(Action::Username("admin@demo".into()));
        state.apply(Action::Password("secret".into()));
        state.apply(Action::Submit);
        assert!(state.busy);
        assert!(!state.can_submit());
    }

    #[test]
    fn a_new_server_is_sent_as_a_new_profile_with_its_ca() {
        let mut state = new_server();
        state.apply(Action::Server(" https://cc.example.com ".into()));
        state.apply(Action::Username("admin@demo".into()));
        state.apply(Action::Password("secret".into()));
        state.apply(Action::Remember(true));
        state.apply(Action::ToggleCa);
        state.apply(Action::CaPem("-----BEGIN CERTIFICATE-----\n".into()));
        let args = state.sign_in_args().unwrap();
        assert_eq!(
            args.profile,
            ProfileTarget::New {
                profile: NewProfile {
                    name: String::new(),
                    server: "https://cc.example.com".into(),
                    username: "admin@demo".into(),
                    ca_certificate_pem: Some("-----BEGIN CERTIFICATE-----".into()),
                }
            }
        );
        assert_eq!(args.password.expose(), "secret");
        assert!(args.remember);
        assert!(!args.session_only);
        assert_eq!(state.ca_for_existing(), None);
    }

    #[test]
    fn picking_a_profile_fills_and_fixes_its_fields() {
        let mut state = loaded(
            KeyringState::Available,
            vec![profile(1, false), profile(2, true)],
            Preselect::LastUsed,
        );
        assert_eq!(state.selected, Some(ProfileId(1)));
        assert_eq!(state.server, "https://cc1.example.com");
        assert!(state.fields_fixed());
        assert!(!state.remember);
        state.apply(Action::Password("typed".into()));
        state.apply(Action::PickProfile(Some(ProfileId(2))));
        assert_eq!(state.username, "admin@d2");
        assert!(state.remember);
        assert!(state.password.is_empty());
        state.apply(Action::Password("secret".into()));
        assert_eq!(
            state.sign_in_args().unwrap().profile,
            ProfileTarget::Existing {
                profile_id: ProfileId(2)
            }
        );
        state.apply(Action::PickProfile(None));
        assert!(!state.fields_fixed());
        assert!(state.server.is_empty() && state.username.is_empty());
    }

    #[test]
    fn a_preselected_profile_opens_with_the_reason() {
        let mut state = SignInState::default();
        state.apply(Action::Loaded {
            list: ProfileList {
                profiles: vec![profile(1, false), profile(2, false)],
                last_used: Some(ProfileId(1)),
                keyring: KeyringState::Available,
            },
            preselect: Preselect::Profile(ProfileId(2)),
            reason: Some(AppError::new(
                ErrorCode::Unauthenticated,
                "Type the password.",
            )),
        });
        assert_eq!(state.selected, Some(ProfileId(2)));
        assert_eq!(state.error.as_ref().unwrap().message, "Type the password.");

        let state = loaded(
            KeyringState::Available,
            vec![profile(1, false)],
            Preselect::NewServer,
        );
        assert_eq!(state.selected, None);
        assert!(state.server.is_empty());
    }

    #[test]
    fn a_ca_typed_for_an_existing_profile_is_set_before_signing_in() {
        let mut state = loaded(
            KeyringState::Available,
            vec![profile(3, false)],
            Preselect::LastUsed,
        );
        assert_eq!(state.ca_for_existing(), None);
        state.apply(Action::CaPem("PEM".into()));
        assert_eq!(state.ca_for_existing(), Some((ProfileId(3), "PEM".into())));
    }

    #[test]
    fn without_a_keyring_only_a_session_only_sign_in_is_possible() {
        let mut state = loaded(
            KeyringState::Unavailable {
                reason: "No Secret Service.".into(),
            },
            vec![],
            Preselect::LastUsed,
        );
        assert_eq!(
            state.keyring_unavailable.as_deref(),
            Some("No Secret Service.")
        );
        assert!(state.session_only);
        state.apply(Action::Remember(true));
        assert!(!state.remember);
        state.apply(Action::Server("https://cc.example.com".into()));
        state.apply(Action::Username("admin@demo".into()));
        state.apply(Action::Password("secret".into()));
        assert!(state.can_submit());
        let args = state.sign_in_args().unwrap();
        assert!(args.session_only);
        assert!(!args.remember);
        state.apply(Action::SessionOnly(false));
        assert!(!state.can_submit());
    }

    #[test]
    fn with_a_keyring_session_only_is_never_sent() {
        let mut state = new_server();
        state.apply(Action::SessionOnly(true));
        state.apply(Action::Password("secret".into()));
        assert!(!state.sign_in_args().unwrap().session_only);
    }

    #[test]
    fn a_keyring_failure_at_sign_in_offers_this_session_only() {
        let mut state = new_server();
        state.apply(Action::Server("https://cc.example.com".into()));
        state.apply(Action::Username("admin@demo".into()));
        state.apply(Action::Password("secret".into()));
        state.apply(Action::Remember(true));
        state.apply(Action::Submit);
        state.apply(Action::Failed(AppError::new(
            ErrorCode::KeyringUnavailable,
            "The keyring is locked.",
        )));
        assert_eq!(
            state.keyring_unavailable.as_deref(),
            Some("The keyring is locked.")
        );
        assert!(state.session_only && !state.remember);
        assert_eq!(state.password, "secret");
        assert!(state.can_submit());
    }

    #[test]
    fn a_wrong_password_keeps_server_and_username_and_clears_the_password() {
        let mut state = new_server();
        state.apply(Action::Server("https://cc.example.com".into()));
        state.apply(Action::Username("admin@demo".into()));
        state.apply(Action::Password("wrong".into()));
        state.apply(Action::Submit);
        state.apply(Action::Failed(AppError::new(
            ErrorCode::Unauthenticated,
            "Wrong user name or password.",
        )));
        assert!(!state.busy);
        assert_eq!(state.server, "https://cc.example.com");
        assert_eq!(state.username, "admin@demo");
        assert!(state.password.is_empty());
        assert_eq!(
            state.error.as_ref().unwrap().message,
            "Wrong user name or password."
        );
        assert!(!state.can_submit());
    }

    #[test]
    fn an_unreachable_server_keeps_the_password_for_a_retry() {
        let mut state = new_server();
        state.apply(Action::Server("https://cc.example.com".into()));
        state.apply(Action::Username("admin@demo".into()));
        state.apply(Action::Password("secret".into()));
        state.apply(Action::Submit);
        state.apply(Action::Failed(AppError::new(
            ErrorCode::Offline,
            "Offline.",
        )));
        assert_eq!(state.password, "secret");
        assert!(state.can_submit());
        state.apply(Action::Submit);
        assert!(state.error.is_none());
    }

    #[test]
    fn a_certificate_problem_opens_the_ca_disclosure() {
        let mut state = new_server();
        state.apply(Action::Password("secret".into()));
        assert!(!state.ca_open);
        state.apply(Action::Failed(AppError::new(
            ErrorCode::Certificate,
            "Not trusted.",
        )));
        assert!(state.ca_open);
        assert_eq!(state.password, "secret");
    }

    #[test]
    fn a_second_factor_asks_for_the_code_then_verifies_it() {
        let mut state = new_server();
        state.apply(Action::Server("https://cc.example.com".into()));
        state.apply(Action::Username("admin@demo".into()));
        state.apply(Action::Password("secret".into()));
        state.apply(Action::Submit);
        state.apply(Action::SecondFactorRequired(ProfileId(7)));
        assert_eq!(
            state.step,
            Step::SecondFactor {
                profile_id: ProfileId(7)
            }
        );
        assert!(!state.busy);
        assert!(!state.can_submit());
        assert_eq!(state.sign_in_args(), None);
        state.apply(Action::Code(" 123456 ".into()));
        assert!(state.can_submit());
        assert_eq!(
            state.second_factor_args(),
            Some(SecondFactorArgs {
                profile_id: ProfileId(7),
                code: "123456".into()
            })
        );
        state.apply(Action::Submit);
        state.apply(Action::Failed(AppError::new(
            ErrorCode::Unauthenticated,
            "Wrong code.",
        )));
        // Still the code step, with the alert; the password is not asked again.
        assert!(matches!(state.step, Step::SecondFactor { .. }));
        assert!(state.code.is_empty());
        assert_eq!(state.error.as_ref().unwrap().message, "Wrong code.");
        state.apply(Action::BackToCredentials);
        assert_eq!(state.step, Step::Credentials);
        assert_eq!(state.selected, Some(ProfileId(7)));
    }
}
