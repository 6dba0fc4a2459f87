//! Fault knobs: latency, failures, dropped connections, garbage bodies, short-lived tokens.
//! They apply to `/api` requests only, never to the admin endpoint.

use serde::{Deserialize, Serialize};

/// What the sim does wrong, on purpose. Counters (`*_next`) win over rates and count down.
/// Order per request: latency, then drop, then failure, then garbage.
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
#[serde(default)]
pub struct Knobs {
    /// Delay added before every `/api` answer.
    pub latency_ms: u64,
    /// Share of requests (0.0..=1.0) answered with `failure_status` and an engine error body.
    pub failure_rate: f64,
    /// Status for injected failures; 0 means 503.
    pub failure_status: u16,
    /// The next N requests fail with `failure_status`, whatever the rate.
    pub fail_next: u32,
    /// Share of requests whose connection is closed without any answer.
    pub drop_rate: f64,
    /// The next N requests have their connection closed without any answer.
    pub drop_next: u32,
    /// Share of requests answered 200 with a body that is not JSON.
    pub garbage_rate: f64,
    /// The next N requests are answered 200 with a body that is not JSON.
    pub garbage_next: u32,
    /// Lifetime of tokens issued from now on; `None` is the default of 12 hours.
    pub token_ttl_secs: Option<u64>,
    /// Every request whose path contains this text fails with `failure_status` (after latency
    /// and drops), e.g. `/call_center/queues/3/hooks` to fail one queue's hooks only.
    pub fail_path: Option<String>,

    // The hostile side: what no Webitel server does, and a client must survive.
    /// Every `/api` request (whose path contains `redirect_path`, when set) is answered with
    /// `redirect_status` (0 means 302) and `Location: <redirect_to><path>?<query>`.
    pub redirect_to: Option<String>,
    pub redirect_path: Option<String>,
    pub redirect_status: u16,
    /// Every `/api` request is answered 200 with a body of this many bytes (0: off), streamed,
    /// that starts like a page and never ends like one.
    pub huge_answer_bytes: u64,
    /// The hook with this id comes in hook lists with `enabled` as an object.
    pub garbled_hook: Option<u32>,
    /// Mixed into the seed of the shuffle of tied rows in a queue's hook list (equal events,
    /// flows or states), which is made anew for every request: the engine promises no order
    /// among them.
    pub tie_seed: u64,
    /// Every `/api` request fails with 400 and an error whose detail quotes the whole request
    /// (its token header, its body: the password of `/login`) over many lines and kilobytes.
    pub echo_secrets: bool,
    /// The next N requests whose `METHOD path` contains `lose_answer_of` (say
    /// `"POST /api/call_center/queues/1/hooks"`) are carried out, and then their answer is lost:
    /// the connection is closed, or with `hold_lost_answers` kept open without a byte, for ever.
    pub lose_answer_of: Option<String>,
    pub lose_answer_next: u32,
    pub hold_lost_answers: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    None,
    Drop,
    Fail(u16),
    Garbage,
}

pub const GARBAGE_BODY: &str = "<html><body><h1>502 Bad Gateway</h1></body></html>\n";

impl Knobs {
    pub fn failure_status(&self) -> u16 {
        match self.failure_status {
            0 => 503,
            s => s,
        }
    }

    /// [`Knobs::draw`], then `fail_path` for a request to `path` that would not fail otherwise.
    pub fn draw_for(&mut self, path: &str) -> Fault {
        match self.draw() {
            Fault::None
                if self
                    .fail_path
                    .as_deref()
                    .is_some_and(|p| !p.is_empty() && path.contains(p)) =>
            {
                Fault::Fail(self.failure_status())
            }
            fault => fault,
        }
    }

    /// Picks this request's fault and counts the `*_next` counters down.
    pub fn draw(&mut self) -> Fault {
        if take(&mut self.drop_next) || chance(self.drop_rate) {
            return Fault::Drop;
        }
        if take(&mut self.fail_next) || chance(self.failure_rate) {
            return Fault::Fail(self.failure_status());
        }
        if take(&mut self.garbage_next) || chance(self.garbage_rate) {
            return Fault::Garbage;
        }
        Fault::None
    }
}

fn take(counter: &mut u32) -> bool {
    if *counter > 0 {
        *counter -= 1;
        true
    } else {
        false
    }
}

fn chance(rate: f64) -> bool {
    rate > 0.0 && (rate >= 1.0 || fastrand::f64() < rate)
}

/// The engine-shaped body of an injected failure, worded like the proxy or engine would be.
pub fn failure_error(status: u16) -> crate::error::ApiError {
    let (id, detail) = match status {
        429 => (
            "sim.fault.too_many_requests",
            "Too many requests: slow down and retry",
        ),
        502..=504 => (
            "sim.fault.unavailable",
            "The service is temporarily unavailable: retry later",
        ),
        _ => ("sim.fault.internal", "Injected internal error"),
    };
    crate::error::ApiError::new(status, id, detail)
}

/// What becomes of the answer of a request that was carried out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    Sent,
    /// The connection is closed without it.
    Lost,
    /// The connection stays open without it.
    Held,
}

impl Knobs {
    /// The answer's fate for a request `method path` (counting `lose_answer_next` down).
    pub fn answer_for(&mut self, method: &str, path: &str) -> Answer {
        let wanted = self
            .lose_answer_of
            .as_deref()
            .is_some_and(|of| !of.is_empty() && format!("{method} {path}").contains(of));
        if !wanted || !take(&mut self.lose_answer_next) {
            return Answer::Sent;
        }
        if self.hold_lost_answers {
            Answer::Held
        } else {
            Answer::Lost
        }
    }

    /// Where a request to `path_and_query` is redirected, with the status, when it is.
    pub fn redirect_for(&self, path_and_query: &str) -> Option<(u16, String)> {
        let to = self.redirect_to.as_deref()?;
        let wanted = self
            .redirect_path
            .as_deref()
            .is_none_or(|p| path_and_query.contains(p));
        wanted.then(|| {
            let status = match self.redirect_status {
                0 => 302,
                s => s,
            };
            (
                status,
                format!("{}{path_and_query}", to.trim_end_matches('/')),
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lost_answer_counts_down_only_on_the_requests_it_names() {
        let mut k = Knobs {
            lose_answer_of: Some("POST /api/call_center/queues/1/hooks".into()),
            lose_answer_next: 1,
            ..Knobs::default()
        };
        let path = "/api/call_center/queues/1/hooks";
        assert_eq!(k.answer_for("GET", path), Answer::Sent);
        assert_eq!(
            k.answer_for("POST", "/api/call_center/queues/10/hooks"),
            Answer::Sent
        );
        assert_eq!(k.answer_for("POST", path), Answer::Lost);
        assert_eq!(k.answer_for("POST", path), Answer::Sent, "one only");
        k.lose_answer_next = 1;
        k.hold_lost_answers = true;
        assert_eq!(k.answer_for("POST", path), Answer::Held);
    }

    #[test]
    fn counters_win_and_count_down() {
        let mut k = Knobs {
            fail_next: 1,
            failure_status: 429,
            drop_next: 1,
            ..Knobs::default()
        };
        assert_eq!(k.draw(), Fault::Drop);
        assert_eq!(k.draw(), Fault::Fail(429));
        assert_eq!(k.draw(), Fault::None);
        k.failure_rate = 1.0;
        assert_eq!(k.draw(), Fault::Fail(429));
    }

    #[test]
    fn a_failing_path_fails_only_its_requests() {
        let mut k = Knobs {
            fail_path: Some("/queues/3/hooks".into()),
            ..Knobs::default()
        };
        assert_eq!(
            k.draw_for("/api/call_center/queues/3/hooks"),
            Fault::Fail(503)
        );
        assert_eq!(k.draw_for("/api/call_center/queues/30/hooks"), Fault::None);
        assert_eq!(k.draw_for("/api/call_center/queues"), Fault::None);
    }
}
