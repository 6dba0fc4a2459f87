use super::*;

fn profile(id: i64, remember: bool) -> Profile {
    Profile {
        id: ProfileId(id),
        name: format!("cc{id}"),
        server: format!("https://cc{id}.example.com"),
        username: format!("admin@d{id}"),
        remember_password: remember,
        has_ca_certificate: false,
        admin_address: None,
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
            profile_id: ProfileId(2),
            ca_certificate_pem: None,
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
fn a_ca_typed_for_an_existing_profile_goes_with_the_sign_in() {
    let mut state = loaded(
        KeyringState::Available,
        vec![profile(3, false)],
        Preselect::LastUsed,
    );
    state.apply(Action::Password("secret".into()));
    let ca_of = |state: &SignInState| match state.sign_in_args().unwrap().profile {
        ProfileTarget::Existing {
            profile_id,
            ca_certificate_pem,
        } => (profile_id, ca_certificate_pem),
        other => panic!("{other:?}"),
    };
    assert_eq!(ca_of(&state), (ProfileId(3), None));
    state.apply(Action::CaPem("PEM".into()));
    assert_eq!(ca_of(&state), (ProfileId(3), Some("PEM".into())));
}

#[test]
fn without_a_keyring_only_a_session_only_sign_in_is_possible() {
    let mut state = loaded(
        KeyringState::Unavailable {
            reason: AppError::new(ErrorCode::KeyringUnavailable, "No Secret Service."),
        },
        vec![],
        Preselect::LastUsed,
    );
    assert_eq!(
        state
            .keyring_unavailable
            .as_ref()
            .map(|e| e.message.as_str()),
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
        state
            .keyring_unavailable
            .as_ref()
            .map(|e| e.message.as_str()),
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

#[test]
fn a_start_up_sign_in_refused_by_a_locked_keyring_offers_this_session_only() {
    let mut state = SignInState::default();
    let refused = AppError::new(
        ErrorCode::KeyringUnavailable,
        "The keyring entry could not be saved. Unlock the keyring, or sign in for this session only.",
    );
    state.apply(Action::Loaded {
        list: ProfileList {
            profiles: vec![profile(1, false)],
            last_used: Some(ProfileId(1)),
            keyring: KeyringState::Available,
        },
        preselect: Preselect::LastUsed,
        reason: Some(refused.clone()),
    });
    assert_eq!(state.keyring_unavailable, Some(refused.clone()));
    assert!(state.session_only, "this session only is ticked");
    assert_eq!(state.error, Some(refused));
}
