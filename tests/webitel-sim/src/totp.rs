//! RFC 6238 time-based one-time passwords (SHA-1, 30-second steps, 6 digits), for the 2FA user.

use hmac::{Hmac, Mac};
use sha1::Sha1;

/// The base32 TOTP secret of `otp@demo`; fixed so that tests and people can compute its codes.
pub const OTP_USER_SECRET: &str = "JBSWY3DPEHPK3PXP";

/// Seconds per time step.
pub const STEP_SECS: u64 = 30;

/// The 6-digit code for `secret_base32` at `unix_time`. An undecodable secret gives the code of
/// an empty key rather than a panic: a test that passes a bad secret sees a wrong code.
pub fn code(secret_base32: &str, unix_time: u64) -> String {
    let key = decode_base32(secret_base32).unwrap_or_default();
    code_for_counter(&key, unix_time / STEP_SECS)
}

/// Whether `given` is the code of the current step or of one step either side.
pub fn verify(secret_base32: &str, given: &str, unix_time: u64) -> bool {
    let Some(key) = decode_base32(secret_base32) else {
        return false;
    };
    let given = given.trim();
    let step = unix_time / STEP_SECS;
    [step.saturating_sub(1), step, step.saturating_add(1)]
        .into_iter()
        .any(|s| code_for_counter(&key, s) == given)
}

fn code_for_counter(key: &[u8], counter: u64) -> String {
    let Ok(mut mac) = Hmac::<Sha1>::new_from_slice(key) else {
        return String::new();
    };
    mac.update(&counter.to_be_bytes());
    let digest = mac.finalize().into_bytes();
    let offset = usize::from(digest[digest.len() - 1] & 0x0f);
    let bin = (u32::from(digest[offset] & 0x7f) << 24)
        | (u32::from(digest[offset + 1]) << 16)
        | (u32::from(digest[offset + 2]) << 8)
        | u32::from(digest[offset + 3]);
    format!("{:06}", bin % 1_000_000)
}

/// RFC 4648 base32, case-insensitive, padding and spaces ignored.
pub fn decode_base32(s: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len() * 5 / 8);
    let mut buffer: u32 = 0;
    let mut bits = 0u32;
    for c in s.chars().filter(|c| *c != '=' && !c.is_whitespace()) {
        let v = match c.to_ascii_uppercase() {
            u @ 'A'..='Z' => u32::from(u) - u32::from('A'),
            d @ '2'..='7' => u32::from(d) - u32::from('2') + 26,
            _ => return None,
        };
        buffer = (buffer << 5) | v;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            out.push(u8::try_from((buffer >> bits) & 0xff).ok()?);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6238 appendix B, SHA-1 column (8 digits there; the last 6 digits match ours).
    #[test]
    fn rfc6238_vectors() {
        // "12345678901234567890" in base32.
        let secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
        assert_eq!(code(secret, 59), "287082");
        assert_eq!(code(secret, 1_111_111_109), "081804");
        assert_eq!(code(secret, 1_234_567_890), "005924");
        assert_eq!(code(secret, 20_000_000_000), "353130");
    }

    #[test]
    fn verify_accepts_one_step_either_side() {
        let t = 1_700_000_000;
        let c = code(OTP_USER_SECRET, t);
        assert!(verify(OTP_USER_SECRET, &c, t + STEP_SECS));
        assert!(verify(OTP_USER_SECRET, &c, t - STEP_SECS));
        assert!(!verify(OTP_USER_SECRET, &c, t + 3 * STEP_SECS));
        assert!(!verify("not base32!", &c, t));
    }
}
