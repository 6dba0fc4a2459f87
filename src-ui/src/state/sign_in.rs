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
    pub keyring_unavailable: Option<AppError>,
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
                // A keyring that answers but refused (locked, its unlock prompt dismissed) failed
                // the start-up sign-in: the sentence advises this session only, so offer it.
                if let Some(failure) = reason
                    .as_ref()
                    .filter(|e| e.code == ErrorCode::KeyringUnavailable)
                {
                    self.keyring_unavailable = Some(failure.clone());
                }
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
                        self.keyring_unavailable = Some(error.clone());
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

    /// What `sign_in` is called with.
    pub fn sign_in_args(&self) -> Option<SignInArgs> {
        if self.step != Step::Credentials || self.password.is_empty() {
            return None;
        }
        let profile = match self.selected_profile() {
            Some(profile) => ProfileTarget::Existing {
                profile_id: profile.id,
                ca_certificate_pem: self.pem(),
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

reducible_by_apply!(SignInState);

#[cfg(test)]
mod tests;
