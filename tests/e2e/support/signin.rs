//! The DOM contract of the Sign-in page, the Profiles menu and the session dialogs (section
//! "Sign-in and profiles" of the UI contract): selectors and the user's gestures, written once.

use fantoccini::elements::Element;
use fantoccini::Locator;
use serde_json::Value;

use super::Ctx;

pub const FORM: &str = r#"form[aria-label="Sign in"]"#;
pub const PROFILE: &str = r#"form[aria-label="Sign in"] select[aria-label="Profile"]"#;
pub const SERVER: &str = r#"form[aria-label="Sign in"] input[type="url"][aria-label="Server URL"]"#;
pub const USERNAME: &str = r#"form[aria-label="Sign in"] input[aria-label="Username"]"#;
pub const PASSWORD: &str =
    r#"form[aria-label="Sign in"] input[type="password"][aria-label="Password"]"#;
pub const REMEMBER: &str =
    r#"form[aria-label="Sign in"] input[type="checkbox"][aria-label="Remember me"]"#;
pub const SESSION_ONLY: &str =
    r#"form[aria-label="Sign in"] input[type="checkbox"][aria-label="This session only"]"#;
pub const SUBMIT: &str = r#"form[aria-label="Sign in"] button[type="submit"]"#;
pub const ALERT: &str = r#"form[aria-label="Sign in"] [role="alert"]"#;
pub const KEYRING_NOTE: &str = r#"div[role="note"].keyring-warning"#;
pub const OTP: &str = r#"form[aria-label="Sign in"] input[aria-label="One-time code"]"#;

pub const PROFILES: &str = r#"button[aria-label="Profiles"][aria-haspopup="menu"]"#;
pub const MENU: &str = r#"[role="menu"]"#;
pub const MENU_PROFILES: &str = r#"[role="menu"] [role="menuitemradio"]"#;
pub const SIGN_OUT_DIALOG: &str = r#"[role="alertdialog"][aria-label="Sign out"]"#;
pub const EXPIRED: &str = r#"[role="dialog"][aria-label="Session expired"]"#;
pub const EXPIRED_PASSWORD: &str = r#"[role="dialog"][aria-label="Session expired"] input[type="password"][aria-label="Password"]"#;
pub const EXPIRED_REMEMBER: &str = r#"[role="dialog"][aria-label="Session expired"] input[type="checkbox"][aria-label="Remember me"]"#;

/// The sim's users' password. Too common a string to look for in files as is: the secret scan
/// looks for it only as a JSON password value.
pub const DEMO_PASSWORD: &str = "demo";

/// A wrong password distinctive enough to look for verbatim everywhere.
pub const WRONG_PASSWORD: &str = "e2e-Wrong-Pa55word-7q4z";

impl Ctx {
    /// Types `text` into the field `css` over what it holds, as a user does.
    pub async fn type_into(&self, css: &str, text: &str) {
        let input = self.wait_for(css).await;
        input.click().await.ok();
        self.js(
            "arguments[0].select();",
            vec![serde_json::to_value(&input).unwrap_or_default()],
        )
        .await
        .ok();
        input
            .send_keys(&format!("\u{E003}{text}"))
            .await
            .unwrap_or_else(|e| panic!("{}: type into `{css}`: {e}", self.name));
    }

    /// The current value of an input.
    pub async fn value_of(&self, css: &str) -> String {
        let el = self.wait_for(css).await;
        el.prop("value").await.ok().flatten().unwrap_or_default()
    }

    /// Whether a checkbox is checked now.
    pub async fn is_checked(&self, css: &str) -> bool {
        let el = self.wait_for(css).await;
        el.prop("checked").await.ok().flatten().as_deref() == Some("true")
    }

    /// Clicks a checkbox until it reads `on`.
    pub async fn set_checked(&self, css: &str, on: bool) {
        if self.is_checked(css).await != on {
            self.click(css).await;
        }
        self.eventually(&format!("`{css}` checked = {on}"), || async {
            Ok((self.is_checked(css).await == on).then_some(()))
        })
        .await;
    }

    /// Waits for the Sign-in page.
    pub async fn wait_sign_in_page(&self) {
        self.wait_for(FORM).await;
        self.wait_text("Sign in to Webitel").await;
    }

    /// Fills the Sign-in form for a new server and submits it.
    pub async fn sign_in(&self, server: &str, username: &str, password: &str, remember: bool) {
        self.wait_sign_in_page().await;
        if self.count(PROFILE).await > 0 {
            let select = self.wait_for(PROFILE).await;
            select
                .select_by_value("new")
                .await
                .unwrap_or_else(|e| panic!("{}: choose New server…: {e}", self.name));
        }
        self.type_into(SERVER, server).await;
        self.type_into(USERNAME, username).await;
        self.type_password(PASSWORD, password).await;
        if self.count(REMEMBER).await > 0
            && self
                .wait_for(REMEMBER)
                .await
                .is_enabled()
                .await
                .unwrap_or(false)
        {
            self.set_checked(REMEMBER, remember).await;
        }
        self.submit().await;
    }

    /// Types a password; a distinctive one is kept for the secret scan.
    pub async fn type_password(&self, css: &str, password: &str) {
        if password != DEMO_PASSWORD {
            self.typed_password(password);
        }
        self.type_into(css, password).await;
    }

    /// Types the password into the Session expired dialog and signs in with it; the dialog
    /// closes.
    pub async fn sign_in_again_in_dialog(&self, password: &str) {
        self.type_password(EXPIRED_PASSWORD, password).await;
        self.button_in(
            "//*[@role='dialog' and @aria-label='Session expired']",
            "Sign in",
        )
        .await
        .click()
        .await
        .unwrap();
        self.wait_gone(EXPIRED).await;
    }

    /// Clicks the form's submit button once it is enabled.
    pub async fn submit(&self) {
        self.eventually("the submit button to be enabled", || async {
            let el = self.c.find(Locator::Css(SUBMIT)).await;
            match el {
                Ok(el) => Ok(el.is_enabled().await?.then_some(())),
                Err(e) if e.is_no_such_element() => Ok(None),
                Err(e) => Err(e),
            }
        })
        .await;
        self.click(SUBMIT).await;
    }

    /// Waits until signed in: the queue list and the Profiles button.
    pub async fn wait_signed_in(&self) {
        self.wait_queues().await;
        self.wait_for(PROFILES).await;
    }

    /// Opens the Profiles menu.
    pub async fn open_profiles(&self) {
        self.click(PROFILES).await;
        self.wait_for(MENU).await;
    }

    /// The menu item (`role="menuitem"`) reading `text`.
    pub async fn menu_item(&self, text: &str) -> Element {
        let xpath =
            format!("//*[@role='menu']//*[@role='menuitem' and normalize-space(.)='{text}']");
        self.eventually(&format!("the menu item {text:?}"), || async {
            match self.c.find(Locator::XPath(&xpath)).await {
                Ok(e) => Ok(Some(e)),
                Err(e) if e.is_no_such_element() => Ok(None),
                Err(e) => Err(e),
            }
        })
        .await
    }

    /// Chooses a menu item of the Profiles menu.
    pub async fn choose_menu(&self, text: &str) {
        self.open_profiles().await;
        self.menu_item(text)
            .await
            .click()
            .await
            .unwrap_or_else(|e| panic!("{}: choose {text:?}: {e}", self.name));
    }

    /// `(text, aria-checked)` of each profile in the open Profiles menu.
    pub async fn menu_profiles(&self) -> Vec<(String, bool)> {
        let v = self
            .js(
                "return Array.from(document.querySelectorAll(arguments[0])).map(e => \
                 [e.innerText, e.getAttribute('aria-checked') === 'true']);",
                vec![Value::from(MENU_PROFILES)],
            )
            .await
            .unwrap_or_default();
        v.as_array()
            .map(|a| {
                a.iter()
                    .map(|p| {
                        (
                            p[0].as_str().unwrap_or_default().to_string(),
                            p[1].as_bool().unwrap_or(false),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The names of the queues listed now.
    pub async fn queue_names(&self) -> Vec<String> {
        self.texts(super::dom::QUEUE_BUTTONS)
            .await
            .unwrap_or_default()
    }
}
