//! The Settings dialog's rule for a save's answer: the checkboxes show what is really saved.

use webitel_hooks_model::commands::Settings;
use webitel_hooks_model::AppError;

/// What the dialog shows once a save answered: on success the settings as saved; after a
/// failure, as a fresh read (`reread`) says they are saved (a failed save may have changed
/// something after all), or, when that read failed too, as they were `before` the change. The
/// error to show is the save's own sentence, never the read's.
pub fn after_save(
    before: Settings,
    saved: Result<Settings, AppError>,
    reread: Option<Result<Settings, AppError>>,
) -> (Settings, Option<AppError>) {
    match saved {
        Ok(saved) => (saved, None),
        Err(err) => {
            let shown = reread.and_then(Result::ok).unwrap_or(before);
            (shown, Some(err))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use webitel_hooks_model::ErrorCode;

    fn with_login(start_at_login: bool) -> Settings {
        Settings {
            start_at_login,
            ..Settings::default()
        }
    }

    fn refused() -> AppError {
        AppError::new(
            ErrorCode::Internal,
            "Start at login could not be set: add the app to the startup programs by hand.",
        )
    }

    #[test]
    fn a_saved_change_shows_as_the_save_answered() {
        let (shown, error) = after_save(with_login(false), Ok(with_login(true)), None);
        assert_eq!((shown, error), (with_login(true), None));
    }

    #[test]
    fn a_failed_save_shows_what_is_really_saved_and_its_sentence() {
        // The change half happened: the fresh read is what counts.
        let (shown, error) = after_save(
            with_login(false),
            Err(refused()),
            Some(Ok(with_login(true))),
        );
        assert_eq!(shown, with_login(true));
        assert_eq!(error, Some(refused()));
        // Nothing changed.
        let (shown, _) = after_save(
            with_login(false),
            Err(refused()),
            Some(Ok(with_login(false))),
        );
        assert_eq!(shown, with_login(false));
    }

    #[test]
    fn when_the_read_fails_too_the_box_goes_back_and_the_save_error_is_told() {
        let unread = AppError::new(ErrorCode::Internal, "read failed");
        let (shown, error) = after_save(with_login(false), Err(refused()), Some(Err(unread)));
        assert_eq!(shown, with_login(false));
        assert_eq!(error, Some(refused()));
        let (shown, _) = after_save(with_login(false), Err(refused()), None);
        assert_eq!(shown, with_login(false));
    }
}
