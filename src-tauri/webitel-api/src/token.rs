//! The access token, kept out of serialization and logs.

use std::fmt;

/// The access token of a session. Not `Serialize`, and its `Debug` is redacted, so it cannot
/// slip into IPC answers, logs or error messages by accident.
#[derive(Clone, PartialEq, Eq)]
pub struct AccessToken(String);

impl AccessToken {
    pub fn new(token: impl Into<String>) -> Self {
        AccessToken(token.into())
    }

    /// The token itself, for the keyring and the request header only.
    pub fn expose_secret(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for AccessToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("AccessToken(<redacted>)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_is_redacted() {
        let token = AccessToken::new("s3cret-token");
        assert!(!format!("{token:?}").contains("s3cret"));
        assert_eq!(token.expose_secret(), "s3cret-token");
    }
}
