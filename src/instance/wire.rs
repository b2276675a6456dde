//! What travels over the single-instance socket: one request and one reply,
//! each a single line of JSON. The primary reads requests from whatever
//! connects, so a request is validated like any file Steady is pointed at.

use std::fmt;
use std::io::{self, Read, Write};
use std::os::unix::net::UnixStream;
use std::path::Path;
use std::time::Instant;

use serde::{Deserialize, Serialize};

use crate::exercise::id_problem;

use super::handover::Handover;

/// The longest line either side reads, newline not counted.
pub const MAX_LINE: usize = 4096;
/// The longest path a `Run` request may name, in bytes (Linux's `PATH_MAX`).
pub const MAX_PATH: usize = 4096;
/// The longest lead-in, the same as `steady run --lead-in` allows.
pub const MAX_LEAD_IN: u8 = 10;
/// A refusal's text is cut to this many characters so that the reply line
/// stays short even when it quotes a long request back.
const MAX_ERROR_CHARS: usize = 200;

/// What a second `steady` asks the running one to do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "request", rename_all = "snake_case")]
pub enum Request {
    /// Plain `steady`: bring the window to the front.
    Show,
    /// `steady run ID|FILE`: `target` is an exercise or routine id, or an
    /// absolute path (the sender resolves relative paths against its own
    /// working folder, which the primary does not share).
    Run {
        target: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        lead_in: Option<u8>,
        /// Read the steps aloud this time (`--speak`).
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        speak: bool,
    },
    /// `steady quick`: the chosen mid-day exercise.
    Quick,
}

impl Request {
    /// What is wrong with the request, if anything, in words for a person.
    pub fn problem(&self) -> Option<String> {
        match self {
            Request::Show | Request::Quick => None,
            Request::Run {
                target, lead_in, ..
            } => target_problem(target).or_else(|| {
                lead_in
                    .filter(|seconds| *seconds > MAX_LEAD_IN)
                    .map(|seconds| {
                        crate::t!(
                            "instance-lead-in-too-long",
                            seconds = seconds,
                            most = MAX_LEAD_IN
                        )
                    })
            }),
        }
    }
}

fn target_problem(target: &str) -> Option<String> {
    if Path::new(target).is_absolute() {
        if target.len() > MAX_PATH {
            Some(crate::t!("instance-path-too-long", most = MAX_PATH))
        } else if target.contains('\0') {
            // No file can have this name; refusing it here keeps it away from
            // the file system calls that would reject it less clearly.
            Some(crate::t!("instance-path-nul").to_owned())
        } else {
            None
        }
    } else {
        id_problem(target).map(|problem| crate::t!("instance-not-a-target", problem = problem))
    }
}

/// The primary's answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "WireReply", into = "WireReply")]
pub enum Reply {
    Accepted,
    /// Not done, and why.
    Refused(String),
}

/// `{"ok":true}` or `{"ok":false,"error":"..."}`: plain enough for a shell
/// script to read.
#[derive(Serialize, Deserialize)]
struct WireReply {
    ok: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

impl From<WireReply> for Reply {
    fn from(wire: WireReply) -> Reply {
        if wire.ok {
            Reply::Accepted
        } else {
            Reply::Refused(
                wire.error
                    .unwrap_or_else(|| crate::t!("instance-no-reason").to_owned()),
            )
        }
    }
}

impl From<Reply> for WireReply {
    fn from(reply: Reply) -> WireReply {
        match reply {
            Reply::Accepted => WireReply {
                ok: true,
                error: None,
            },
            Reply::Refused(error) => WireReply {
                ok: false,
                error: Some(error.chars().take(MAX_ERROR_CHARS).collect()),
            },
        }
    }
}

/// The handover as one line (without its newline), or why it may not be sent.
pub fn encode_request(handover: &Handover) -> Result<Vec<u8>, String> {
    if let Some(problem) = handover.problem() {
        return Err(problem);
    }
    let line = serde_json::to_vec(handover).map_err(|error| error.to_string())?;
    if line.len() > MAX_LINE {
        return Err(crate::t!("instance-request-too-long", most = MAX_LINE));
    }
    Ok(line)
}

/// A well-formed, valid handover, or why not.
pub fn decode_request(line: &[u8]) -> Result<Handover, String> {
    let handover: Handover = serde_json::from_slice(line)
        .map_err(|error| crate::t!("instance-not-a-request", error = error.to_string()))?;
    match handover.problem() {
        Some(problem) => Err(problem),
        None => Ok(handover),
    }
}

pub fn encode_reply(reply: &Reply) -> Vec<u8> {
    // Serialising a bool and a string cannot fail; the fallback only keeps
    // this free of `expect`.
    serde_json::to_vec(reply).unwrap_or_else(|_| br#"{"ok":false}"#.to_vec())
}

pub fn decode_reply(line: &[u8]) -> Result<Reply, String> {
    serde_json::from_slice(line)
        .map_err(|error| crate::t!("instance-not-a-reply", error = error.to_string()))
}

/// Why no line came.
#[derive(Debug)]
pub enum LineError {
    /// The other side closed before sending anything (a liveness probe).
    Closed,
    /// The other side closed in the middle of a line.
    Unfinished,
    TooLong,
    TimedOut,
    Io(io::Error),
}

impl fmt::Display for LineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LineError::Closed => f.write_str(crate::t!("instance-line-closed")),
            LineError::Unfinished => f.write_str(crate::t!("instance-line-unfinished")),
            LineError::TooLong => {
                f.write_str(&crate::t!("instance-line-too-long", most = MAX_LINE))
            }
            LineError::TimedOut => f.write_str(crate::t!("instance-line-timed-out")),
            LineError::Io(error) => write!(f, "{error}"),
        }
    }
}

impl From<LineError> for io::Error {
    fn from(error: LineError) -> io::Error {
        match error {
            LineError::Io(error) => error,
            LineError::TimedOut => io::Error::new(io::ErrorKind::TimedOut, error.to_string()),
            other => io::Error::new(io::ErrorKind::InvalidData, other.to_string()),
        }
    }
}

/// Reads one line, without its newline, of at most [`MAX_LINE`] bytes, all
/// of it before `deadline`. The deadline covers the whole line, not each
/// read, so a peer sending one byte a second cannot hold the reader for long.
pub fn read_line(mut stream: &UnixStream, deadline: Instant) -> Result<Vec<u8>, LineError> {
    let mut line = Vec::new();
    let mut chunk = [0_u8; 512];
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(LineError::TimedOut);
        }
        stream.set_read_timeout(Some(left)).map_err(LineError::Io)?;
        let count = match stream.read(&mut chunk) {
            Ok(count) => count,
            Err(error) if error.kind() == io::ErrorKind::Interrupted => continue,
            Err(error) if is_timeout(&error) => return Err(LineError::TimedOut),
            Err(error) => return Err(LineError::Io(error)),
        };
        let read = &chunk[..count];
        if read.is_empty() {
            return Err(if line.is_empty() {
                LineError::Closed
            } else {
                LineError::Unfinished
            });
        }
        let end = read.iter().position(|byte| *byte == b'\n');
        line.extend_from_slice(&read[..end.unwrap_or(read.len())]);
        if line.len() > MAX_LINE {
            return Err(LineError::TooLong);
        }
        if end.is_some() {
            return Ok(line);
        }
    }
}

/// Writes `line` and its newline, all of it before `deadline`.
pub fn write_line(mut stream: &UnixStream, line: &[u8], deadline: Instant) -> io::Result<()> {
    let left = deadline.saturating_duration_since(Instant::now());
    if left.is_zero() {
        return Err(io::ErrorKind::TimedOut.into());
    }
    stream.set_write_timeout(Some(left))?;
    let mut whole = Vec::with_capacity(line.len() + 1);
    whole.extend_from_slice(line);
    whole.push(b'\n');
    stream.write_all(&whole)
}

/// A socket timeout shows up as `WouldBlock` on Unix.
fn is_timeout(error: &io::Error) -> bool {
    matches!(
        error.kind(),
        io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(target: &str, lead_in: Option<u8>) -> Request {
        Request::Run {
            target: target.to_string(),
            lead_in,
            speak: false,
        }
    }

    #[test]
    fn requests_are_one_small_json_object() {
        let line = |request| {
            String::from_utf8(encode_request(&Handover::new(request, None)).expect("valid"))
                .expect("UTF-8")
        };
        assert_eq!(line(Request::Show), r#"{"request":"show"}"#);
        assert_eq!(line(Request::Quick), r#"{"request":"quick"}"#);
        assert_eq!(
            line(run("box-breathing", None)),
            r#"{"request":"run","target":"box-breathing"}"#
        );
        assert_eq!(
            line(run("/home/me/calm.ron", Some(3))),
            r#"{"request":"run","target":"/home/me/calm.ron","lead_in":3}"#
        );
    }

    #[test]
    fn requests_survive_the_round_trip() {
        for request in [
            Request::Show,
            Request::Quick,
            run("pmr-short", Some(0)),
            run("/tmp/a b/ünïcode.ron", Some(10)),
        ] {
            let handover = Handover::new(request, Some("a1b2-c3_d4".to_string()));
            let line = encode_request(&handover).expect("valid");
            assert_eq!(decode_request(&line).expect("decodes"), handover);
        }
    }

    #[test]
    fn replies_are_ok_or_an_error() {
        assert_eq!(encode_reply(&Reply::Accepted), br#"{"ok":true}"#);
        assert_eq!(
            encode_reply(&Reply::Refused("busy".into())),
            br#"{"ok":false,"error":"busy"}"#
        );
        assert_eq!(
            decode_reply(br#"{"ok":true}"#).expect("decodes"),
            Reply::Accepted
        );
        assert!(matches!(
            decode_reply(br#"{"ok":false}"#),
            Ok(Reply::Refused(_))
        ));
        assert!(decode_reply(b"yes").is_err());
        assert!(decode_reply(br#"{"error":"x"}"#).is_err());
    }

    #[test]
    fn long_refusals_are_cut() {
        let reply = encode_reply(&Reply::Refused("x".repeat(10_000)));
        assert!(reply.len() < 300);
    }

    #[test]
    fn ids_and_absolute_paths_are_the_only_targets() {
        for good in [
            "box-breathing",
            "a",
            "under_score-9",
            &"a".repeat(64),
            "/x.ron",
        ] {
            assert_eq!(run(good, None).problem(), None, "{good}");
        }
        let long_path = format!("/{}", "a".repeat(MAX_PATH));
        for bad in [
            "",
            "Box",
            "box breathing",
            "../etc/passwd",
            "calm.ron",
            "./calm.ron",
            "~/calm.ron",
            &"a".repeat(65),
            &long_path,
            "/a\0b",
        ] {
            assert!(run(bad, None).problem().is_some(), "{bad:?}");
        }
    }

    #[test]
    fn lead_in_is_at_most_ten_seconds() {
        assert_eq!(run("box-breathing", Some(10)).problem(), None);
        assert!(run("box-breathing", Some(11)).problem().is_some());
        assert!(decode_request(br#"{"request":"run","target":"a","lead_in":11}"#).is_err());
        assert!(decode_request(br#"{"request":"run","target":"a","lead_in":300}"#).is_err());
        assert!(decode_request(br#"{"request":"run","target":"a","lead_in":-1}"#).is_err());
    }

    #[test]
    fn malformed_requests_are_refused() {
        for bad in [
            &b""[..],
            b"{",
            b"null",
            b"[]",
            b"\"show\"",
            br#"{"request":"dance"}"#,
            br#"{"request":"run"}"#,
            br#"{"request":"run","target":7}"#,
            br#"{"target":"box-breathing"}"#,
            b"\xff\xfe",
        ] {
            assert!(
                decode_request(bad).is_err(),
                "{}",
                String::from_utf8_lossy(bad)
            );
        }
    }

    #[test]
    fn invalid_requests_are_not_sent() {
        let plain = |request| Handover::new(request, None);
        assert!(encode_request(&plain(run("Not An Id", None))).is_err());
        // Valid as a path, but too long for one line once quoted.
        let path = format!("/{}", "a".repeat(MAX_PATH - 1));
        assert!(encode_request(&plain(run(&path, None))).is_err());
    }
}
