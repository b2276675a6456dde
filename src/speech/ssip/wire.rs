//! SSIP as bytes, apart from any socket: the requests Steady sends, and the
//! answers and events it reads back. Every line ends with CR LF; a reply is
//! `NNN-text` continuation lines closed by one `NNN text` line; codes 1xx
//! and 2xx are success, 3xx to 5xx refusals, 700 to 705 events.
//!
//! Reading is bounded: a line longer than [`MAX_LINE`] bytes or a reply of
//! more than [`MAX_LINES`] continuation lines is an error, so a server that
//! misbehaves cannot make Steady hold more than a few kilobytes. Anything
//! unexpected (an unknown code, a line that is not SSIP) is an error too,
//! never a panic.

use std::fmt;
use std::io::{self, BufRead};

/// The longest line read, in bytes, without its CR LF. speech-dispatcher's
/// answers and events are a few dozen bytes.
pub const MAX_LINE: usize = 4096;
/// The most continuation lines one reply may have: an index mark event,
/// the longest Steady reads, has three.
pub const MAX_LINES: usize = 16;

/// The requests Steady makes, each one line but [`Request::Text`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Request<'a> {
    /// `SET self CLIENT_NAME user:application:main`: how the person's
    /// tools (spd-conf, the history) name this connection.
    ClientName { user: &'a str, application: &'a str },
    /// `SET self NOTIFICATION all on`: begin, end and cancel events for the
    /// messages that follow.
    AllEvents,
    /// -100 (slowest) to 100; clamped.
    Rate(i8),
    /// -100 (quietest) to 100; clamped.
    Volume(i8),
    /// A language code such as `de`.
    Language(&'a str),
    /// `SPEAK`: the service answers 230 and waits for [`Request::Text`].
    Speak,
    /// The words after `SPEAK`, ended by a line of a single dot.
    Text(&'a str),
    /// `CANCEL self`: whatever this connection is saying or has queued.
    Cancel,
}

impl Request<'_> {
    pub fn encode(&self) -> String {
        match *self {
            Request::ClientName { user, application } => format!(
                "SET self CLIENT_NAME {}:{}:main\r\n",
                token(user),
                token(application)
            ),
            Request::AllEvents => "SET self NOTIFICATION all on\r\n".to_owned(),
            Request::Rate(rate) => format!("SET self RATE {}\r\n", rate.clamp(-100, 100)),
            Request::Volume(volume) => format!("SET self VOLUME {}\r\n", volume.clamp(-100, 100)),
            Request::Language(language) => format!("SET self LANGUAGE {}\r\n", token(language)),
            Request::Speak => "SPEAK\r\n".to_owned(),
            Request::Text(words) => encode_text(words),
            Request::Cancel => "CANCEL self\r\n".to_owned(),
        }
    }
}

/// The words as SSIP data: CR LF after each line, a dot doubled at the
/// start of a line (so no line of the words can end the message early, and
/// the service takes the doubled dot back out), then the closing dot line.
fn encode_text(words: &str) -> String {
    let mut data = String::with_capacity(words.len() + 8);
    for line in words.lines() {
        if line.starts_with('.') {
            data.push('.');
        }
        data.push_str(line);
        data.push_str("\r\n");
    }
    data.push_str(".\r\n");
    data
}

/// One word of a request line: letters, digits, `-` and `_` only, at most
/// 32 of them, as a space, a colon or a line end would change the request.
fn token(word: &str) -> String {
    let word: String = word
        .chars()
        .take(32)
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    if word.is_empty() {
        "unknown".to_owned()
    } else {
        word
    }
}

/// A complete answer to a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    pub code: u16,
    /// The continuation lines' text (a queued message's id, say).
    pub lines: Vec<String>,
    /// The closing line's text, such as `OK MESSAGE QUEUED`.
    pub message: String,
}

impl Reply {
    /// The answer if it says the request was done, else why not.
    pub fn accepted(self) -> Result<Reply, Error> {
        if self.code < 300 {
            Ok(self)
        } else {
            Err(Error::Refused {
                code: self.code,
                message: self.message,
            })
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventKind {
    IndexMark,
    Begin,
    End,
    Canceled,
    Paused,
    Resumed,
}

/// Something that happened to a message, sent whenever it happens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub kind: EventKind,
    /// The id of the message, as the service numbered it.
    pub message: String,
}

/// What one reply from the service is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Incoming {
    Answer(Reply),
    Event(Event),
}

/// Why a line or reply is not SSIP as Steady reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fault {
    LineTooLong,
    TooManyLines,
    /// A line that does not begin with three digits and `-` or a space.
    NotAReply,
    /// Continuation lines of one code closed by another.
    CodeChanged {
        from: u16,
        to: u16,
    },
    /// A code outside 100 to 599 and 700 to 705.
    UnknownStatus(u16),
    /// An event without its message and client ids.
    EventWithoutIds(u16),
}

#[derive(Debug)]
pub enum Error {
    Io(io::Error),
    /// The service refused a request (3xx to 5xx).
    Refused {
        code: u16,
        message: String,
    },
    /// The service sent something that is not SSIP.
    Garbled(Fault),
    /// The connection ended (the service closed it, or Steady did).
    Closed,
}

impl From<io::Error> for Error {
    fn from(error: io::Error) -> Error {
        Error::Io(error)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Io(error) => write!(f, "{error}"),
            Error::Refused { code, message } => write!(f, "it answered {code} {message}"),
            Error::Garbled(Fault::LineTooLong) => {
                write!(f, "it sent a line longer than {MAX_LINE} bytes")
            }
            Error::Garbled(Fault::TooManyLines) => {
                write!(f, "it sent a reply of more than {MAX_LINES} lines")
            }
            Error::Garbled(Fault::NotAReply) => write!(f, "it sent a line that is not SSIP"),
            Error::Garbled(Fault::CodeChanged { from, to }) => {
                write!(f, "it began a reply with {from} and ended it with {to}")
            }
            Error::Garbled(Fault::UnknownStatus(code)) => {
                write!(f, "it sent an unknown code {code}")
            }
            Error::Garbled(Fault::EventWithoutIds(code)) => {
                write!(f, "it sent an event {code} without its ids")
            }
            Error::Closed => write!(f, "the connection closed"),
        }
    }
}

/// Reads replies off a stream, one at a time, in the order they came.
pub struct Replies<R> {
    input: R,
    line: Vec<u8>,
    code: Option<u16>,
    lines: Vec<String>,
}

impl<R: BufRead> Replies<R> {
    pub fn new(input: R) -> Replies<R> {
        Replies {
            input,
            line: Vec::new(),
            code: None,
            lines: Vec::new(),
        }
    }

    /// The stream, to see how much was read.
    #[cfg(test)]
    pub fn input(&self) -> &R {
        &self.input
    }

    /// The next answer or event; blocks until it is complete. After an
    /// error the stream is out of step: read no further.
    pub fn next(&mut self) -> Result<Incoming, Error> {
        loop {
            if !read_line(&mut self.input, &mut self.line)? {
                return Err(Error::Closed);
            }
            let (code, closing, text) = split_status(&self.line)?;
            if let Some(from) = self.code.filter(|&from| from != code) {
                return Err(Error::Garbled(Fault::CodeChanged { from, to: code }));
            }
            if !closing {
                if self.lines.len() >= MAX_LINES {
                    return Err(Error::Garbled(Fault::TooManyLines));
                }
                self.code = Some(code);
                self.lines.push(text);
                continue;
            }
            self.code = None;
            let lines = std::mem::take(&mut self.lines);
            return classify(code, lines, text);
        }
    }
}

/// Reads one line into `line`, without its CR LF. False at the end of the
/// stream before a line began; a line cut off by the end is an error.
fn read_line(input: &mut impl BufRead, line: &mut Vec<u8>) -> Result<bool, Error> {
    line.clear();
    loop {
        let available = match input.fill_buf() {
            Ok(available) => available,
            Err(error) if error.kind() == io::ErrorKind::Interrupted => continue,
            Err(error) => return Err(Error::Io(error)),
        };
        if available.is_empty() {
            if line.is_empty() {
                return Ok(false);
            }
            return Err(Error::Io(io::ErrorKind::UnexpectedEof.into()));
        }
        let newline = available.iter().position(|&byte| byte == b'\n');
        let taken = newline.map_or(available.len(), |at| at + 1);
        line.extend_from_slice(&available[..taken]);
        input.consume(taken);
        if newline.is_none() {
            // One byte more than the limit may be the CR of a CR LF.
            if line.len() > MAX_LINE + 1 {
                return Err(Error::Garbled(Fault::LineTooLong));
            }
            continue;
        }
        line.pop();
        if line.last() == Some(&b'\r') {
            line.pop();
        }
        if line.len() > MAX_LINE {
            return Err(Error::Garbled(Fault::LineTooLong));
        }
        return Ok(true);
    }
}

/// A line's code, whether it closes its reply, and its text.
fn split_status(line: &[u8]) -> Result<(u16, bool, String), Error> {
    let garbled = || Error::Garbled(Fault::NotAReply);
    let digits = line.get(..3).ok_or_else(garbled)?;
    if !digits.iter().all(u8::is_ascii_digit) {
        return Err(garbled());
    }
    let code = digits
        .iter()
        .fold(0u16, |code, digit| code * 10 + u16::from(digit - b'0'));
    let closing = match line.get(3) {
        Some(b'-') => false,
        Some(b' ') | None => true,
        Some(_) => return Err(garbled()),
    };
    let text = String::from_utf8_lossy(line.get(4..).unwrap_or_default()).into_owned();
    Ok((code, closing, text))
}

fn classify(code: u16, lines: Vec<String>, message: String) -> Result<Incoming, Error> {
    let kind = match code {
        100..=599 => {
            return Ok(Incoming::Answer(Reply {
                code,
                lines,
                message,
            }))
        }
        700 => EventKind::IndexMark,
        701 => EventKind::Begin,
        702 => EventKind::End,
        703 => EventKind::Canceled,
        704 => EventKind::Paused,
        705 => EventKind::Resumed,
        _ => return Err(Error::Garbled(Fault::UnknownStatus(code))),
    };
    // The message id, the client id and, for an index mark, its name.
    let needed = if kind == EventKind::IndexMark { 3 } else { 2 };
    if lines.len() < needed {
        return Err(Error::Garbled(Fault::EventWithoutIds(code)));
    }
    let message = lines.into_iter().next().unwrap_or_default();
    Ok(Incoming::Event(Event { kind, message }))
}
