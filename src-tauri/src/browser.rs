//! The system browser, where the app's links to Webitel's admin open (a flow's page).
//!
//! What must hold: only an `http(s)` address is handed to the OS (never a file or another scheme
//! a typed admin address could carry), and nothing secret is in it: the admin's page signs in
//! by itself. The tests put a recorder in place of the OS, so that no browser is needed to see
//! which address a command opens.

use std::sync::{Arc, Mutex};

use crate::error::{Error, Result};

/// Hands an address to whatever opens it; `Err` says why it could not.
type OpenAddress = dyn Fn(&str) -> std::result::Result<(), String> + Send + Sync;

/// Managed by Tauri, one per app.
pub struct Browser {
    open: Mutex<Arc<OpenAddress>>,
}

impl Browser {
    /// The OS's default browser.
    pub fn system() -> Browser {
        Browser::with(|address| {
            tauri_plugin_opener::open_url(address, None::<&str>).map_err(|err| err.to_string())
        })
    }

    fn with(
        open: impl Fn(&str) -> std::result::Result<(), String> + Send + Sync + 'static,
    ) -> Self {
        Browser {
            open: Mutex::new(Arc::new(open)),
        }
    }

    /// Opens `address` in the browser.
    pub fn open(&self, address: &str) -> Result<()> {
        let lower = address.to_ascii_lowercase();
        if !(lower.starts_with("https://") || lower.starts_with("http://")) {
            return Err(Error::NotAWebAddress {
                address: address.to_owned(),
            });
        }
        let open = self.open.lock().unwrap_or_else(|p| p.into_inner()).clone();
        open(address).map_err(|detail| Error::BrowserNotOpened {
            address: address.to_owned(),
            detail,
        })
    }

    /// Puts `open` in the OS's place.
    #[cfg(test)]
    pub fn replace(
        &self,
        open: impl Fn(&str) -> std::result::Result<(), String> + Send + Sync + 'static,
    ) {
        *self.open.lock().unwrap_or_else(|p| p.into_inner()) = Arc::new(open);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_web_address_reaches_the_opener() {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let record = seen.clone();
        let browser = Browser::with(move |a| {
            record.lock().unwrap().push(a.to_owned());
            Ok(())
        });
        for refused in ["file:///etc/passwd", "javascript:alert(1)", "smb://host/x"] {
            assert!(
                matches!(browser.open(refused), Err(Error::NotAWebAddress { .. })),
                "{refused}"
            );
        }
        browser
            .open("https://cc.example.com/admin/routing/flow/3")
            .unwrap();
        assert_eq!(
            *seen.lock().unwrap(),
            ["https://cc.example.com/admin/routing/flow/3"]
        );
    }

    #[test]
    fn an_opener_that_fails_is_told_with_the_address_to_open_by_hand() {
        let browser = Browser::with(|_| Err("no browser is installed".to_owned()));
        let err = browser
            .open("https://cc.example.com/admin/routing/flow/3")
            .unwrap_err();
        let told = err.to_app_error().message;
        assert!(
            told.contains("https://cc.example.com/admin/routing/flow/3"),
            "{told}"
        );
        assert!(told.contains("no browser is installed"), "{told}");
    }
}
