//! The one clock of the app: every time it keeps or compares (a hook's `synced_at`, a change's
//! `queued_at`, the last full sync, the tray's "Synchronised 3 min ago") is Unix milliseconds
//! read here, so that two parts never disagree on the unit or the epoch.

use std::time::{SystemTime, UNIX_EPOCH};

/// Milliseconds since the Unix epoch; 0 for a clock set before 1970.
pub fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

/// Unix milliseconds as the UTC date and time: year, month, day, hour, minute, second.
pub fn utc_fields(ms: i64) -> [i64; 6] {
    let secs = ms.div_euclid(1000);
    let (days, rest) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    // Days since 1970-01-01 to the proleptic Gregorian date (Howard Hinnant's
    // `civil_from_days`).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    [year, month, day, rest / 3600, rest % 3600 / 60, rest % 60]
}

/// Unix milliseconds as `2026-12-06 02:15:07`, in UTC.
pub fn utc_text(ms: i64) -> String {
    let [y, mo, d, h, mi, s] = utc_fields(ms);
    format!("{y:04}-{mo:02}-{d:02} {h:02}:{mi:02}:{s:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_read_as_the_utc_calendar() {
        assert_eq!(utc_text(0), "1970-01-01 00:00:00");
        assert_eq!(utc_text(951_782_400_000 + 3_661_000), "2000-02-29 01:01:01");
        assert_eq!(utc_text(1_796_436_907_000), "2026-12-05 02:15:07");
        assert_eq!(utc_text(-1_000), "1969-12-31 23:59:59");
    }
}
