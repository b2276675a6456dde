//! The SSIP client without a server: requests as bytes, replies read from
//! byte strings, and a connection over a socket pair standing in for the
//! service.

use std::io::{BufRead, BufReader, Write};
use std::os::unix::net::UnixStream;
use std::sync::mpsc;
use std::time::Duration;

use super::wire::{Fault, Replies, MAX_LINE, MAX_LINES};
use super::{Connection, Error, Event, EventKind, Incoming, Reply, Request};

/// Every reply in `bytes`, then the error that ended them.
fn read_all(bytes: &[u8]) -> (Vec<Incoming>, Error) {
    let mut replies = Replies::new(bytes);
    let mut read = Vec::new();
    loop {
        match replies.next() {
            Ok(incoming) => read.push(incoming),
            Err(error) => return (read, error),
        }
    }
}

fn answer(code: u16, lines: &[&str], message: &str) -> Incoming {
    Incoming::Answer(Reply {
        code,
        lines: lines.iter().map(|line| line.to_string()).collect(),
        message: message.to_owned(),
    })
}

fn event(kind: EventKind, message: &str) -> Incoming {
    Incoming::Event(Event {
        kind,
        message: message.to_owned(),
    })
}

#[test]
fn requests_are_single_lines_ending_in_crlf() {
    let encoded = |request: Request<'_>| request.encode();
    assert_eq!(
        encoded(Request::ClientName {
            user: "ana",
            application: "steady"
        }),
        "SET self CLIENT_NAME ana:steady:main\r\n"
    );
    assert_eq!(
        encoded(Request::AllEvents),
        "SET self NOTIFICATION all on\r\n"
    );
    assert_eq!(encoded(Request::Rate(20)), "SET self RATE 20\r\n");
    assert_eq!(encoded(Request::Volume(0)), "SET self VOLUME 0\r\n");
    assert_eq!(encoded(Request::Language("de")), "SET self LANGUAGE de\r\n");
    assert_eq!(encoded(Request::Speak), "SPEAK\r\n");
    assert_eq!(encoded(Request::Cancel), "CANCEL self\r\n");
}

#[test]
fn rate_and_volume_are_clamped_to_the_protocols_range() {
    assert_eq!(Request::Rate(-128).encode(), "SET self RATE -100\r\n");
    assert_eq!(Request::Volume(127).encode(), "SET self VOLUME 100\r\n");
}

#[test]
fn a_word_that_could_change_the_request_is_made_harmless() {
    let name = Request::ClientName {
        user: "a b:c\r\nQUIT",
        application: "steady",
    };
    assert_eq!(
        name.encode(),
        "SET self CLIENT_NAME a_b_c__QUIT:steady:main\r\n"
    );
    let nobody = Request::ClientName {
        user: "",
        application: "steady",
    };
    assert_eq!(
        nobody.encode(),
        "SET self CLIENT_NAME unknown:steady:main\r\n"
    );
    assert_eq!(
        Request::Language("de\r\nSPEAK").encode(),
        "SET self LANGUAGE de__SPEAK\r\n"
    );
    let long = "x".repeat(100);
    assert_eq!(
        Request::Language(&long).encode(),
        format!("SET self LANGUAGE {}\r\n", "x".repeat(32))
    );
}

#[test]
fn text_lines_end_in_crlf_and_the_message_in_a_lone_dot() {
    assert_eq!(
        Request::Text("Breathe in.\nHold").encode(),
        "Breathe in.\r\nHold\r\n.\r\n"
    );
    // A CR LF in the words is one line end, not two.
    assert_eq!(Request::Text("one\r\ntwo").encode(), "one\r\ntwo\r\n.\r\n");
    assert_eq!(Request::Text("").encode(), ".\r\n");
}

#[test]
fn a_line_starting_with_a_dot_has_it_doubled() {
    assert_eq!(
        Request::Text(".\n..\n.5 seconds\n a dot .").encode(),
        "..\r\n...\r\n..5 seconds\r\n a dot .\r\n.\r\n"
    );
}

#[test]
fn single_and_multi_line_answers() {
    let (read, end) = read_all(b"208 OK CLIENT NAME SET\r\n225-21\r\n225 OK MESSAGE QUEUED\r\n");
    assert_eq!(
        read,
        [
            answer(208, &[], "OK CLIENT NAME SET"),
            answer(225, &["21"], "OK MESSAGE QUEUED"),
        ]
    );
    assert!(matches!(end, Error::Closed), "{end:?}");
}

#[test]
fn refusals_are_answers_that_fail_the_request() {
    let (read, _) = read_all(b"409 ERR RATE TOO HIGH\r\n");
    let [Incoming::Answer(reply)] = <[Incoming; 1]>::try_from(read).expect("one answer") else {
        panic!("not an answer");
    };
    let refused = reply.accepted().expect_err("refused");
    assert!(
        matches!(&refused, Error::Refused { code: 409, message } if message == "ERR RATE TOO HIGH"),
        "{refused:?}"
    );
    assert_eq!(refused.to_string(), "it answered 409 ERR RATE TOO HIGH");
}

#[test]
fn events_come_between_and_before_answers() {
    let bytes = b"702-20\r\n702-4\r\n702 END\r\n\
        230 OK RECEIVING DATA\r\n\
        701-21\r\n701-4\r\n701 BEGIN\r\n\
        225-21\r\n225 OK MESSAGE QUEUED\r\n\
        700-21\r\n700-4\r\n700-mark1\r\n700 INDEX_MARK\r\n\
        704-21\r\n704-4\r\n704 PAUSED\r\n\
        705-21\r\n705-4\r\n705 RESUMED\r\n\
        703-21\r\n703-4\r\n703 CANCELED\r\n";
    let (read, end) = read_all(bytes);
    assert_eq!(
        read,
        [
            event(EventKind::End, "20"),
            answer(230, &[], "OK RECEIVING DATA"),
            event(EventKind::Begin, "21"),
            answer(225, &["21"], "OK MESSAGE QUEUED"),
            event(EventKind::IndexMark, "21"),
            event(EventKind::Paused, "21"),
            event(EventKind::Resumed, "21"),
            event(EventKind::Canceled, "21"),
        ]
    );
    assert!(matches!(end, Error::Closed), "{end:?}");
}

#[test]
fn bare_line_feeds_are_read_too() {
    let (read, _) = read_all(b"231 HAPPY HACKING\n701-1\n701-2\n701 BEGIN\n");
    assert_eq!(
        read,
        [
            answer(231, &[], "HAPPY HACKING"),
            event(EventKind::Begin, "1")
        ]
    );
}

#[test]
fn unknown_codes_fail_and_never_panic() {
    for code in ["000", "099", "600", "699", "706", "799", "800", "999"] {
        let line = format!("{code} WHAT\r\n");
        let (read, end) = read_all(line.as_bytes());
        assert!(read.is_empty(), "{code}");
        let expected: u16 = code.parse().expect("three digits");
        assert!(
            matches!(end, Error::Garbled(Fault::UnknownStatus(got)) if got == expected),
            "{code}: {end:?}"
        );
    }
}

#[test]
fn garbage_is_not_a_reply() {
    for garbage in [
        &b"\r\n"[..],
        b"OK\r\n",
        b"20 OK\r\n",
        b"2x8 OK\r\n",
        b"208_OK\r\n",
        b"\xff\xfe\xfd\r\n",
        b"-208 OK\r\n",
    ] {
        let (read, end) = read_all(garbage);
        assert!(read.is_empty());
        assert!(
            matches!(end, Error::Garbled(Fault::NotAReply)),
            "{garbage:?}: {end:?}"
        );
    }
}

#[test]
fn text_that_is_not_utf8_is_read_lossily() {
    let (read, _) = read_all(b"208 OK \xff\r\n");
    assert_eq!(read, [answer(208, &[], "OK \u{fffd}")]);
}

#[test]
fn a_reply_whose_code_changes_is_garbled() {
    let (_, end) = read_all(b"701-1\r\n701-2\r\n702 END\r\n");
    assert!(
        matches!(
            end,
            Error::Garbled(Fault::CodeChanged { from: 701, to: 702 })
        ),
        "{end:?}"
    );
}

#[test]
fn events_need_their_ids() {
    let (_, end) = read_all(b"701-1\r\n701 BEGIN\r\n");
    assert!(
        matches!(end, Error::Garbled(Fault::EventWithoutIds(701))),
        "{end:?}"
    );
    let (_, end) = read_all(b"700-1\r\n700-2\r\n700 INDEX_MARK\r\n");
    assert!(
        matches!(end, Error::Garbled(Fault::EventWithoutIds(700))),
        "{end:?}"
    );
}

#[test]
fn a_line_cut_off_by_the_end_is_an_error() {
    let (read, end) = read_all(b"208 OK CLIENT NAME SET\r\n225-21\r\n225 OK MESS");
    assert_eq!(read, [answer(208, &[], "OK CLIENT NAME SET")]);
    assert!(
        matches!(&end, Error::Io(error) if error.kind() == std::io::ErrorKind::UnexpectedEof),
        "{end:?}"
    );
}

#[test]
fn the_longest_line_allowed_is_read() {
    let text = "x".repeat(MAX_LINE - 4);
    let line = format!("208 {text}\r\n");
    let (read, _) = read_all(line.as_bytes());
    assert_eq!(read, [answer(208, &[], &text)]);
}

#[test]
fn overlong_lines_end_the_reading_early() {
    // One byte over, with and without its line end: refused either way,
    // and long before the whole of an endless line is held.
    let over = format!("208 {}\r\n", "x".repeat(MAX_LINE - 3));
    let (_, end) = read_all(over.as_bytes());
    assert!(matches!(end, Error::Garbled(Fault::LineTooLong)), "{end:?}");
    let endless = std::iter::repeat_n(b'7', 64 * MAX_LINE).collect::<Vec<u8>>();
    let mut replies = Replies::new(BufReader::with_capacity(64, CountingReader::new(&endless)));
    let end = replies.next().expect_err("too long");
    assert!(matches!(end, Error::Garbled(Fault::LineTooLong)), "{end:?}");
    let taken = replies_taken(&replies);
    assert!(taken <= MAX_LINE + 64 * 2, "read {taken} bytes");
}

#[test]
fn too_many_continuation_lines_end_the_reading() {
    let mut bytes = "249-voice\r\n".repeat(MAX_LINES);
    let (_, end) = read_all(format!("{bytes}249 OK VOICE LIST SENT\r\n").as_bytes());
    assert!(
        !matches!(end, Error::Garbled(_)),
        "{MAX_LINES} lines are allowed: {end:?}"
    );
    bytes.push_str("249-one more\r\n249 OK VOICE LIST SENT\r\n");
    let (read, end) = read_all(bytes.as_bytes());
    assert!(read.is_empty());
    assert!(
        matches!(end, Error::Garbled(Fault::TooManyLines)),
        "{end:?}"
    );
}

/// A reader that counts what was taken from it.
struct CountingReader<'a> {
    bytes: &'a [u8],
    taken: usize,
}

impl<'a> CountingReader<'a> {
    fn new(bytes: &'a [u8]) -> CountingReader<'a> {
        CountingReader { bytes, taken: 0 }
    }
}

impl std::io::Read for CountingReader<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let rest = &self.bytes[self.taken..];
        let read = rest.len().min(buf.len());
        buf[..read].copy_from_slice(&rest[..read]);
        self.taken += read;
        Ok(read)
    }
}

fn replies_taken(replies: &Replies<BufReader<CountingReader<'_>>>) -> usize {
    replies.input().get_ref().taken
}

#[test]
fn a_connection_writes_requests_and_hands_on_replies_in_order() {
    let (ours, service) = UnixStream::pair().expect("socket pair");
    let (heard_out, heard) = mpsc::channel();
    let connection = Connection::start(ours, move |incoming| heard_out.send(incoming).is_ok())
        .expect("connection");
    connection.send(Request::Speak).expect("sent");
    connection.send(Request::Text(".hi")).expect("sent");
    let mut requests = BufReader::new(service.try_clone().expect("clone"));
    let mut line = String::new();
    for expected in ["SPEAK\r\n", "..hi\r\n", ".\r\n"] {
        line.clear();
        requests.read_line(&mut line).expect("a request line");
        assert_eq!(line, expected);
    }
    (&service)
        .write_all(b"230 OK RECEIVING DATA\r\n701-5\r\n701-1\r\n701 BEGIN\r\n225-5\r\n225 OK MESSAGE QUEUED\r\n")
        .expect("replies written");
    let next = || {
        heard
            .recv_timeout(Duration::from_secs(5))
            .expect("delivered")
    };
    assert_eq!(next().ok(), Some(answer(230, &[], "OK RECEIVING DATA")));
    assert_eq!(next().ok(), Some(event(EventKind::Begin, "5")));
    assert_eq!(next().ok(), Some(answer(225, &["5"], "OK MESSAGE QUEUED")));
    // The service going away is delivered once, and the thread ends.
    drop(service);
    drop(requests);
    assert!(matches!(next(), Err(Error::Closed)));
    assert!(heard.recv_timeout(Duration::from_secs(5)).is_err());
}

#[test]
fn dropping_a_connection_ends_its_reading_thread() {
    let (ours, _service) = UnixStream::pair().expect("socket pair");
    let (heard_out, heard) = mpsc::channel();
    let connection = Connection::start(ours, move |incoming| heard_out.send(incoming).is_ok())
        .expect("connection");
    drop(connection);
    // Its last word is the closed socket; then its sender is gone.
    assert!(matches!(
        heard.recv_timeout(Duration::from_secs(5)),
        Ok(Err(Error::Closed))
    ));
    assert_eq!(
        heard.recv_timeout(Duration::from_secs(5)).err(),
        Some(mpsc::RecvTimeoutError::Disconnected)
    );
}
