//! Server profiles as the UI sees them (never a secret), what a sign-in is for, the password as
//! it crosses IPC once, and whether the OS keyring can be used.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::ProfileId;

/// A Webitel server this desktop signs in to, under a name the user chose. Secrets are not here:
/// they live in the OS keyring, one entry per profile and kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    pub id: ProfileId,
    pub name: String,
    /// The server's address as the user gave it, without credentials.
    pub server: String,
    /// `user@domain`.
    pub username: String,
    /// The password is kept in the keyring so the app can sign in again by itself.
    pub remember_password: bool,
    /// The profile trusts a CA certificate of its own (on-premise servers).
    pub has_ca_certificate: bool,
    /// The address of Webitel's admin that the app's links open, when the user set one; `None`
    /// means the server's own, [`default_admin_address`].
    #[serde(default)]
    pub admin_address: Option<String>,
}

impl Profile {
    /// The admin the app's links open: the user's choice, or the server's own.
    pub fn effective_admin_address(&self) -> String {
        self.admin_address
            .clone()
            .unwrap_or_else(|| default_admin_address(&self.server))
    }
}

/// Where Webitel serves its admin on a server: `<server>/admin` (webitel/client `.env`,
/// `VITE_ADMIN_URL = '/admin'`, beside `VITE_API_URL = '/api'`, the API this app calls).
pub fn default_admin_address(server: &str) -> String {
    format!("{}/admin", server.trim_end_matches('/'))
}

/// The admin's page of one flow schema: its route `/routing/flow/:id` (webitel/client
/// `src/modules/routing/modules/flow/router/flow.js`), the page the admin's own Hooks tab links
/// each row's flow to (`adm-item-link` with `RouteNames.FLOW`, opened in a new tab).
pub fn admin_flow_address(admin: &str, flow: crate::SchemaId) -> String {
    format!("{}/routing/flow/{}", admin.trim_end_matches('/'), flow.0)
}

/// Whether secrets can be kept in the OS keyring on this machine.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum KeyringState {
    Available,
    /// Says what happened and what to install or unlock.
    Unavailable {
        reason: crate::AppError,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileList {
    pub profiles: Vec<Profile>,
    /// The profile used last, which opens at start.
    pub last_used: Option<ProfileId>,
    pub keyring: KeyringState,
}

/// A password typed in the sign-in form, on its way to the native side. Its `Debug` hides it;
/// it is sent to the native side and never back.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Password(String);

impl Password {
    pub fn new(password: impl Into<String>) -> Self {
        Password(password.into())
    }

    /// The password itself, for the one place that hands it to the server or the keyring.
    pub fn expose(&self) -> &str {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Debug for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Password(***)")
    }
}

/// A profile to create while signing in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewProfile {
    /// Empty: named after the server's host.
    pub name: String,
    pub server: String,
    pub username: String,
    /// A PEM CA certificate the profile trusts besides the system's.
    pub ca_certificate_pem: Option<String>,
}

/// Which profile a sign-in is for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ProfileTarget {
    Existing {
        profile_id: ProfileId,
        /// A PEM CA certificate to trust from now on instead of the profile's (for a server
        /// whose certificate changed); kept only once the server has accepted the password, so
        /// that a refused sign-in leaves the profile as it was. `None` keeps the profile's.
        #[serde(default)]
        ca_certificate_pem: Option<String>,
    },
    New {
        profile: NewProfile,
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_flow_opens_under_the_servers_admin_unless_the_profile_names_another() {
        let mut profile = Profile {
            id: ProfileId(1),
            name: "Lab".into(),
            server: "https://cc.example.com/".into(),
            username: "admin@lab".into(),
            remember_password: false,
            has_ca_certificate: false,
            admin_address: None,
        };
        let flow = crate::SchemaId(42);
        assert_eq!(
            admin_flow_address(&profile.effective_admin_address(), flow),
            "https://cc.example.com/admin/routing/flow/42"
        );
        profile.admin_address = Some("https://admin.example.com/wbt".into());
        assert_eq!(
            admin_flow_address(&profile.effective_admin_address(), flow),
            "https://admin.example.com/wbt/routing/flow/42"
        );
    }

    #[test]
    fn a_password_never_shows_in_debug_output() {
        let args = Password::new("s3cret-pass");
        assert_eq!(format!("{args:?}"), "Password(***)");
        assert_eq!(serde_json::to_string(&args).unwrap(), "\"s3cret-pass\"");
    }
}
