//! The English sentence of each [`Error`], made from its data at the one conversion to
//! `AppError`; the message ids beside them are what a translated catalog keys on.

use webitel_api::TlsProblem;

use webitel_hooks_model::ConflictReason;

use super::{Difference, Error, InputProblem};

pub(super) fn sentence(err: &Error) -> String {
    use Error as E;
    match err {
        E::Unreachable { server } => format!(
            "The server at {server} cannot be reached. Check your connection and try again."
        ),
        E::Busy { server } => {
            format!("The server at {server} is too busy to answer now. Try again in a moment.")
        }
        E::SessionEnded => "Your session has ended. Sign in again.".to_owned(),
        E::NotSignedIn => "You are not signed in. Sign in to a Webitel server first.".to_owned(),
        E::Forbidden { detail: Some(words) } => format!(
            "Your user is not allowed to do this on the server: {words}. Ask your Webitel administrator for the permission."
        ),
        E::Forbidden { detail: None } => "Your user is not allowed to do this on the server. Ask your Webitel administrator for the permission.".to_owned(),
        E::ReadOnly => "Your user may view these hooks but not change them. Ask your Webitel administrator for the right to edit queues.".to_owned(),
        E::FlowsForbidden => "Your user may not read flow schemas, so no flow can be picked. Ask your Webitel administrator for read access to flow schemas.".to_owned(),
        E::QueueGone => "This queue no longer exists on the server. Refresh the queue list and pick another queue.".to_owned(),
        E::TeamGone => "This team no longer exists on the server. Refresh the list of teams and pick another team.".to_owned(),
        E::EventAlreadyEnabled { event } => {
            let label = event.english_label();
            format!(
                "Another {label} hook of this queue is enabled, and a queue takes one enabled hook per event, so this one was left disabled. Disable the other {label} hook first."
            )
        }
        E::FlowTakenInTeam => "The server refused a second hook of this flow in this team: a team takes one hook per flow. Pick another flow, or edit the team's hook of this flow.".to_owned(),
        E::HookGone => "This hook no longer exists on the server. Refresh to see the current list.".to_owned(),
        E::Rejected { detail: Some(words), .. } => {
            format!("The server refused the change: {words}. Check the values and try again.")
        }
        E::Rejected { detail: None, .. } => {
            "The server refused the change. Check the values and try again.".to_owned()
        }
        E::SecondEnabledHook { event: Some(event) } => {
            let label = event.english_label();
            format!(
                "The server refused a second enabled {label} hook on this queue: only one hook per event may be enabled. Disable the other {label} hook first."
            )
        }
        E::SecondEnabledHook { event: None } => "The server refused a second enabled hook for this event on this queue: only one hook per event may be enabled. Disable the other hook of this event first.".to_owned(),
        E::ServerFailed { server, detail: Some(words) } => format!(
            "The server at {server} failed to handle the request: {words}. Try again; if it keeps failing, tell your Webitel administrator."
        ),
        E::ServerFailed { server, detail: None } => format!(
            "The server at {server} failed to handle the request. Try again; if it keeps failing, tell your Webitel administrator."
        ),
        E::UnreadableAnswer { server } => format!(
            "The server at {server} sent an answer this app cannot read. Check that the address points to a Webitel server, then try again."
        ),
        E::AnswerTooLarge { server } => format!(
            "The server at {server} sent an answer far larger than any Webitel answer, so it was not read. Check that the address points to a Webitel server, then try again."
        ),
        E::Redirected { server, to } => format!(
            "The server at {server} answered with a redirect to {to}, which this app does not follow, so nothing was sent there. Check the server address (https:// or http://, and the path), then try again."
        ),
        // Verification is never offered as something to turn off: the remedy for a private CA
        // is adding it to the profile.
        E::Certificate { server, problem, detail } => certificate(server, problem.as_ref(), detail),
        E::ServerSettings { detail } => {
            format!("{detail} Correct the server settings and try again.")
        }
        E::Client { detail } => detail.clone(),
        E::WrongPassword => {
            "The server refused this username or password. Check them and try again.".to_owned()
        }
        E::WrongCode => "The server refused this one-time code. Type the current code from your authenticator app and try again.".to_owned(),
        E::SecondFactorUnsupported => "This user signs in with a one-time code, which this version of the app cannot ask for yet. Sign in with a user without two-factor sign-in.".to_owned(),
        E::SignInNotWaiting => "This sign-in is no longer waiting for a code. Sign in again with your password.".to_owned(),
        E::PasswordNeeded { server, username } => format!(
            "Your session on {server} has ended. Type the password of {username} to sign in again."
        ),
        E::BadCaCertificate { detail } => format!(
            "The profile's CA certificate cannot be used: {detail} Paste the CA certificate in PEM form (it starts with -----BEGIN CERTIFICATE-----)."
        ),
        E::Invalid(InputProblem::EventNeverFires(queue_type)) => format!(
            "That event never fires on a {} queue, so the hook would never start its flow. Pick an event the list offers for this queue, then save again.",
            queue_type.english_label()
        ),
        E::Invalid(problem) => input(*problem).to_owned(),
        E::KeyringUnavailable { reason } => reason.clone(),
        E::KeyringLocked { what, detail } => format!(
            "The keyring entry could not be {what}: {detail}. {}",
            unlock_advice()
        ),
        E::KeyringFailed { what, detail } => {
            format!("The keyring entry could not be {what}: {detail}.")
        }
        E::KeyringTaskStopped { detail } => {
            format!("The keyring call stopped unexpectedly ({detail}). Try again.")
        }
        E::StoreDamaged { path, detail } => format!(
            "The local cache file {} is damaged ({detail}). Close the app, move that file away, and start the app again: the cache is rebuilt from the server.",
            path.display()
        ),
        E::StoreUnusable { path, detail } => format!(
            "The local cache file {} cannot be used ({detail}). Check that the disk has space and the file is writable, then try again.",
            path.display()
        ),
        E::StoreNewer { path, found, known } => format!(
            "The local cache file {} was written by a newer version of Webitel Hooks (schema {found}, this version knows {known}). Update the app, or move that file away to start with an empty cache.",
            path.display()
        ),
        E::StoreNotSetAside { path, newer, detail } => {
            let what = if *newer {
                "The local cache was written by a newer version of Webitel Hooks"
            } else {
                "The local cache was damaged"
            };
            format!(
                "{what} and cannot be moved aside ({detail}). Close other programs that use {}, then start the app again.",
                path.display()
            )
        }
        E::CacheFolder { path, detail } => format!(
            "The folder {} for the local cache cannot be created ({detail}). Check that it is writable, then start the app again.",
            path.display()
        ),
        E::CacheNotDeleted { path, detail } => format!(
            "The cache file {} cannot be deleted ({detail}). Close other programs that use it, then try again.",
            path.display()
        ),
        E::DataFolder { path, detail } => format!(
            "The data folder {} cannot be created ({detail}). Check that it is writable, then start the app again.",
            path.display()
        ),
        E::ProfilesNewer { path, found, known } => format!(
            "The profiles file {} was written by a newer version of Webitel Hooks (schema {found}, this version knows {known}). Update the app.",
            path.display()
        ),
        E::NotAnExport { file, detail } => format!(
            "The file {file} is not an export of Webitel Hooks ({detail}). Pick a JSON file that Export made."
        ),
        E::NewerExport { file, found, known } => format!(
            "The file {file} was exported by a newer version of Webitel Hooks (format version {found}; this version reads versions up to {known}). Update the app to import it."
        ),
        E::FileNotRead { path, detail } => format!(
            "The file {} cannot be read ({detail}). Check that it is there and that you may read it.",
            path.display()
        ),
        E::FileNotWritten { path, detail } => format!(
            "The export cannot be written to {} ({detail}). Pick another folder or file name.",
            path.display()
        ),
        E::ProfileGone => "This server profile no longer exists. Pick another profile or add it again.".to_owned(),
        E::TargetNeedsSignIn { profile } => format!(
            "Copying into {profile} needs a sign-in to that profile. Switch to {profile}, sign in, switch back, and copy again."
        ),
        E::TargetNeverSynced { profile, server } => format!(
            "The server of {profile} at {server} cannot be reached, and {profile} was never synced on this desktop, so its queues are not known. Try again when that server can be reached."
        ),
        E::QueueNotCached => "This queue is not in the local cache, so it cannot be pinned. Refresh the queue list, then pin it again.".to_owned(),
        E::ConflictGone => {
            "This conflict is already resolved. Refresh to see the current list.".to_owned()
        }
        E::SyncSuperseded => "The sync stopped because another profile was opened; the new profile's sync starts by itself.".to_owned(),
        E::HookNotListed { queue } => format!(
            "This hook is no longer among the hooks of {queue}. Open the window to see them as they are now."
        ),
        E::NotAllDisabled { failed, total, queue, first } => format!(
            "{failed} of the {total} enabled hooks of {queue} were not disabled: {first}"
        ),
        E::QueuesNotRead { failed, total, first } => format!(
            "{failed} of {total} queues and teams could not be read; they show what was read before. {first}"
        ),
        E::Conflict(ConflictReason::DeletedOnServer) => {
            "The hook was deleted on the server while this change waited.".to_owned()
        }
        E::Conflict(ConflictReason::QueueDeletedOnServer) => {
            "The queue was deleted on the server, or you may no longer read it, while this change waited: discard the change, or keep it to try again once the queue is back.".to_owned()
        }
        E::Conflict(_) => {
            "The hook was changed on the server while this change waited.".to_owned()
        }
        E::UndoNeedsServer => "Undo first reads the hook from the server, and the server cannot be reached now, so nothing was undone. Try again when you are online.".to_owned(),
        E::ChangedSince { differences: what } => format!(
            "The hook changed on the server since this change: {}. Nothing was undone, so that newer state stays; change the hook yourself if it should go back.",
            differences(what)
        ),
        E::UndoPending => "This change still waits to be sent to the server, so there is nothing to undo yet. Sync now, then undo it.".to_owned(),
        E::UndoConflict => "This change met a change made on the server and waits for your choice, so there is nothing to undo. Settle the conflict first (Keep mine, Take theirs or Discard).".to_owned(),
        E::NothingToUndo => "The server did not take this change, so there is nothing to undo.".to_owned(),
        E::AlreadyUndone => "This change was already undone.".to_owned(),
        E::JournalEntryGone => "This journal entry is no longer kept (old entries are removed after the number of days set in Settings). Refresh the journal.".to_owned(),
    }
}

/// What differs, in words: "it is now disabled; its flow is now CRM".
pub(super) fn differences(what: &[Difference]) -> String {
    let words: Vec<String> = what
        .iter()
        .map(|d| match d {
            Difference::Deleted => "it was deleted on the server".to_owned(),
            Difference::Exists => "it is on the server again".to_owned(),
            Difference::Event(event) => format!("its event is now {}", event.english_label()),
            Difference::Flow(flow) => format!("its flow is now {flow}"),
            Difference::Enabled(true) => "it is now enabled".to_owned(),
            Difference::Enabled(false) => "it is now disabled".to_owned(),
        })
        .collect();
    words.join("; ")
}

fn input(problem: InputProblem) -> &'static str {
    match problem {
        InputProblem::NoPassword => "Type the password, then sign in again.",
        InputProblem::NoUsername => "Type the username (user@domain), then sign in again.",
        InputProblem::BadServerAddress => {
            "The server address is not valid. Write it as https://your-server, then try again."
        }
        InputProblem::BadAdminAddress => {
            "The admin address is not valid. Write it as https://your-server/admin, or leave it empty for the server's own, then save again."
        }
        InputProblem::NoProfileName => "A profile needs a name. Type one, then save again.",
        InputProblem::NoFlow => "Pick the flow schema the hook starts, then save again.",
        InputProblem::UnknownEvent => "Pick one of the events the list offers for the hook, then save again.",
        InputProblem::NotATeamEvent => "A team's hook starts on Agent status: pick that event, then save again.",
        InputProblem::EventNeverFires(_) => "That event never fires on this queue's type, so the hook would never start its flow. Pick an event the list offers for this queue, then save again.",
        InputProblem::NoSuchOwner => "That queue or team is not one the server lists. Pick one from the list, then try again.",
        InputProblem::PrivateKeyInCa => {
            "The pasted text holds a private key, which this app never keeps: paste only the CA certificate, then try again."
        }
        InputProblem::PageSize => {
            "Rows per page go from 1 to 1000: pick one of those, then try again."
        }
        InputProblem::PageNumber => {
            "Pages are numbered from 1 to 1,000,000: go to the first page, then try again."
        }
        InputProblem::TooMany => {
            "At most 1000 items go in one request: pick fewer, then try again."
        }
        InputProblem::TooLong => {
            "The text is longer than 1000 characters: shorten it, then try again."
        }
        InputProblem::NoSuchProfile => {
            "That server profile is not on this desktop any more: pick one from the list, then try again."
        }
    }
}

/// What is wrong with the server's certificate, in words, and what to do about it.
fn certificate(server: &str, problem: Option<&TlsProblem>, detail: &str) -> String {
    match problem {
        Some(TlsProblem::UnknownIssuer) => "The server's certificate is not signed by an authority this computer trusts. If the server uses a private CA, add its certificate to the profile.".to_owned(),
        Some(TlsProblem::Expired) => "The server's certificate has expired. Ask the server's administrator to renew it.".to_owned(),
        Some(TlsProblem::NotValidYet) => "The server's certificate is not valid yet. Check this computer's date and time, then try again.".to_owned(),
        Some(TlsProblem::NameMismatch) => format!("The server's certificate was issued for another name than {server}. Check the address, or ask the server's administrator for a certificate with this name."),
        Some(TlsProblem::Revoked) => "The server's certificate has been revoked. Ask the server's administrator for a new one.".to_owned(),
        Some(TlsProblem::NoCertificate) => format!("The server at {server} presented no certificate. Check the address, or ask the server's administrator."),
        Some(TlsProblem::NotTls) => format!("The server at {server} does not speak HTTPS at this address. Check whether the address should start with http:// instead."),
        Some(TlsProblem::Other(words)) => format!("The server's certificate was refused: {words}. Check the address and the profile's CA certificate."),
        _ => format!("{detail} Check the address and the profile's CA certificate."),
    }
}

/// What to do about a locked or unreachable keyring, as this platform's keyring is unlocked.
pub fn unlock_advice() -> &'static str {
    if cfg!(target_os = "macos") {
        "Unlock the login keychain in Keychain Access, or sign in for this session only."
    } else if cfg!(target_os = "windows") {
        "Check that the Credential Manager service is running, or sign in for this session only."
    } else {
        "Unlock the keyring (GNOME Keyring or KeePassXC with Secret Service), or sign in for this session only."
    }
}
