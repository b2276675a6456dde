//! The sound output spoken straight to the sound server (PulseAudio, or
//! PipeWire's PulseAudio service) over its socket, with the `pulseaudio`
//! crate's message types. ALSA's PulseAudio plugin, the other route, maps
//! libpulse and the libraries it pulls in (about 2.6 MiB while sound plays,
//! measured 2026-12-03); this costs one thread and one socket. Where no
//! server's socket is found, or it will not take a stream, the output goes
//! through ALSA as before (`output.rs`).

use std::ffi::{CString, OsString};
use std::io::{BufReader, Cursor, Read};
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

use pulseaudio::protocol::{self, Command, Prop, Props};

use super::mix::{Mix, RATE};

/// The server holds this much ahead of what is heard: 2048 frames, about
/// 43 ms, the same as the ALSA route's two periods of 1024.
const TARGET_FRAMES: u32 = 2048;
/// It asks for more whenever this much has been played (about 11 ms): a cue
/// starts at the next request, so this bounds how far off it can be. Half
/// the ALSA route's period: cues land twice as close to their boundary, for
/// about 47 more short wake-ups a second while sound plays.
const REQUEST_FRAMES: u32 = 512;
const BYTES_PER_FRAME: u32 = 4;
/// The server's messages to a playing client are a few dozen bytes; a
/// longer one means the connection is not what it should be. Samples are
/// sent in pieces no longer than this either.
const LONGEST_MESSAGE: u32 = 64 * 1024;
/// Connecting and setting up the stream must not hang the owner's thread.
const SETUP_TIMEOUT: Duration = Duration::from_secs(2);
/// PulseAudio's cookie is exactly this long.
const COOKIE_LENGTH: usize = 256;
/// A control message, not a stream's samples, on this channel.
const CONTROL: u32 = u32::MAX;

/// What the sound server's mixer shows for Steady and its stream.
pub struct Names {
    pub application: String,
    /// The reverse-DNS id, which mixers use to match the stream to the window.
    pub id: String,
    pub icon: String,
    pub stream: String,
}

/// A playing stream: the samples are pulled from the mix on its own thread
/// while this lives.
pub struct Stream {
    socket: UnixStream,
    thread: Option<JoinHandle<()>>,
    closing: Arc<AtomicBool>,
    ended: Arc<AtomicBool>,
}

impl Stream {
    /// Whether the server closed the stream or the connection broke.
    pub fn has_ended(&self) -> bool {
        self.ended.load(Ordering::Relaxed)
    }
}

impl Drop for Stream {
    fn drop(&mut self) {
        self.closing.store(true, Ordering::Relaxed);
        // Wakes the thread from its read (or a write to a stuck server) at
        // once; the server then removes the stream.
        let _ = self.socket.shutdown(std::net::Shutdown::Both);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// The server's socket, found as libpulse finds it: `PULSE_SERVER` (its
/// first local entry), else `PULSE_RUNTIME_PATH`, else the user's runtime
/// folder. `None` when `PULSE_SERVER` names only servers on other machines.
pub fn server_socket(var: impl Fn(&str) -> Option<OsString>) -> Option<PathBuf> {
    if let Some(servers) = var("PULSE_SERVER") {
        let servers = servers.to_string_lossy().into_owned();
        return servers.split_whitespace().find_map(local_socket);
    }
    if let Some(runtime) = var("PULSE_RUNTIME_PATH") {
        return Some(PathBuf::from(runtime).join("native"));
    }
    var("XDG_RUNTIME_DIR").map(|runtime| PathBuf::from(runtime).join("pulse").join("native"))
}

/// `unix:/path` or `/path`, with or without a `{machine id}` in front.
fn local_socket(entry: &str) -> Option<PathBuf> {
    let entry = match entry.strip_prefix('{') {
        Some(rest) => rest.split_once('}')?.1,
        None => entry,
    };
    let path = entry.strip_prefix("unix:").unwrap_or(entry);
    path.starts_with('/').then(|| PathBuf::from(path))
}

/// The places libpulse reads its cookie from, in its order.
pub fn cookie_paths(var: impl Fn(&str) -> Option<OsString>) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = var("PULSE_COOKIE").map(PathBuf::from).into_iter().collect();
    let config = var("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .or_else(|| var("HOME").map(|home| PathBuf::from(home).join(".config")));
    paths.extend(config.map(|config| config.join("pulse").join("cookie")));
    paths.extend(var("HOME").map(|home| PathBuf::from(home).join(".pulse-cookie")));
    paths
}

/// The first cookie that is a regular file of exactly the right length.
/// Without one a server still lets in a client of its own user, which it
/// can tell from the socket; PipeWire does not look at the cookie.
fn read_cookie(paths: &[PathBuf]) -> Vec<u8> {
    paths
        .iter()
        .find_map(|path| read_small_file(path, COOKIE_LENGTH))
        .unwrap_or_else(|| vec![0; COOKIE_LENGTH])
}

fn read_small_file(path: &Path, length: usize) -> Option<Vec<u8>> {
    let file = std::fs::File::open(path).ok()?;
    if !file.metadata().ok()?.is_file() {
        return None;
    }
    let mut bytes = Vec::with_capacity(length + 1);
    file.take(length as u64 + 1).read_to_end(&mut bytes).ok()?;
    (bytes.len() == length).then_some(bytes)
}

/// A stream created on the server, not yet fed.
pub struct Connected {
    stream: UnixStream,
    reader: BufReader<UnixStream>,
    writer: UnixStream,
    version: u16,
    created: protocol::CreatePlaybackStreamReply,
}

/// Connects to the server at `socket` and creates a mono stream at the
/// mix's rate, named for the server's mixer.
pub fn connect(socket: &Path, cookie: &[PathBuf], names: &Names) -> Result<Connected, String> {
    let describe = |error: protocol::ProtocolError| error.to_string();
    let stream = UnixStream::connect(socket).map_err(|error| error.to_string())?;
    stream
        .set_read_timeout(Some(SETUP_TIMEOUT))
        .and_then(|()| stream.set_write_timeout(Some(SETUP_TIMEOUT)))
        .map_err(|error| error.to_string())?;
    let mut writer = stream.try_clone().map_err(|error| error.to_string())?;
    let mut reader = BufReader::new(stream.try_clone().map_err(|error| error.to_string())?);

    let auth = protocol::AuthParams {
        version: protocol::MAX_VERSION,
        supports_shm: false,
        supports_memfd: false,
        cookie: read_cookie(cookie),
    };
    protocol::write_command_message(&mut writer, 0, &Command::Auth(auth), protocol::MAX_VERSION)
        .map_err(describe)?;
    let (_, reply) =
        protocol::read_reply_message::<protocol::AuthReply>(&mut reader, protocol::MAX_VERSION)
            .map_err(describe)?;
    let version = reply.version.min(protocol::MAX_VERSION);

    let mut client = Props::new();
    client.set(Prop::ApplicationName, c_string(&names.application));
    client.set(Prop::ApplicationId, c_string(&names.id));
    client.set(Prop::ApplicationIconName, c_string(&names.icon));
    // What libpulse would say of the process, for mixers that group by it.
    client.set(
        Prop::ApplicationProcessId,
        c_string(&std::process::id().to_string()),
    );
    if let Some(binary) = std::env::current_exe().ok().and_then(|path| {
        path.file_name()
            .map(|name| name.to_string_lossy().into_owned())
    }) {
        client.set(Prop::ApplicationProcessBinary, c_string(&binary));
    }
    protocol::write_command_message(&mut writer, 1, &Command::SetClientName(client), version)
        .map_err(describe)?;
    protocol::read_reply_message::<protocol::SetClientNameReply>(&mut reader, version)
        .map_err(describe)?;

    let mut props = Props::new();
    props.set(Prop::MediaName, c_string(&names.stream));
    let params = protocol::PlaybackStreamParams {
        sample_spec: protocol::SampleSpec {
            format: protocol::SampleFormat::Float32Le,
            channels: 1,
            sample_rate: RATE,
        },
        channel_map: protocol::ChannelMap::mono(),
        sink_name: Some(protocol::DEFAULT_SINK.to_owned()),
        buffer_attr: protocol::stream::BufferAttr {
            max_length: u32::MAX,
            target_length: TARGET_FRAMES * BYTES_PER_FRAME,
            pre_buffering: u32::MAX,
            minimum_request_length: REQUEST_FRAMES * BYTES_PER_FRAME,
            fragment_size: u32::MAX,
        },
        // The whole way to the ear is the target length, as on the ALSA
        // route, so what is heard keeps up with what is shown.
        flags: protocol::stream::StreamFlags {
            adjust_latency: true,
            ..Default::default()
        },
        props,
        ..Default::default()
    };
    protocol::write_command_message(
        &mut writer,
        2,
        &Command::CreatePlaybackStream(params),
        version,
    )
    .map_err(describe)?;
    let (_, created) =
        protocol::read_reply_message::<protocol::CreatePlaybackStreamReply>(&mut reader, version)
            .map_err(describe)?;
    Ok(Connected {
        stream,
        reader,
        writer,
        version,
        created,
    })
}

impl Connected {
    /// Starts the thread that feeds the stream from `mix`. `report` hears,
    /// once, that the stream ended if the server ended it or the connection
    /// broke.
    pub fn play(self, mix: Mix, report: impl FnOnce() + Send + 'static) -> Result<Stream, String> {
        // From here the server sets the pace: wait for it as long as it takes.
        self.stream
            .set_read_timeout(None)
            .map_err(|error| error.to_string())?;
        let closing = Arc::new(AtomicBool::new(false));
        let ended = Arc::new(AtomicBool::new(false));
        let first_request = self.created.requested_bytes;
        let mut feed = Feed {
            reader: self.reader,
            writer: self.writer,
            channel: self.created.channel,
            version: self.version,
            mix,
            bytes: Vec::new(),
        };
        let (thread_closing, thread_ended) = (closing.clone(), ended.clone());
        let thread = std::thread::Builder::new()
            .name("steady-sound".into())
            .spawn(move || {
                // Returns only once the stream has ended.
                let _ = feed.send(first_request).and_then(|()| feed.run());
                thread_ended.store(true, Ordering::Relaxed);
                if !thread_closing.load(Ordering::Relaxed) {
                    report();
                }
            })
            .map_err(|error| error.to_string())?;
        Ok(Stream {
            socket: self.stream,
            thread: Some(thread),
            closing,
            ended,
        })
    }
}

fn c_string(text: &str) -> CString {
    CString::new(text.replace('\0', "")).unwrap_or_default()
}

/// The connection broke, or the server ended the stream or sent what it
/// should not. Why does not matter: the owner drops the stream, tells the
/// person the sound output stopped, and opens a new one.
struct Ended;

/// The stream's thread: answers the server's requests with the mix's samples.
struct Feed {
    reader: BufReader<UnixStream>,
    writer: UnixStream,
    channel: u32,
    version: u16,
    mix: Mix,
    /// Reused for every request, so playing allocates nothing.
    bytes: Vec<u8>,
}

impl Feed {
    fn run(&mut self) -> Result<(), Ended> {
        let mut message = Vec::new();
        loop {
            let descriptor = protocol::read_descriptor(&mut self.reader).map_err(|_| Ended)?;
            if descriptor.length > LONGEST_MESSAGE {
                return Err(Ended);
            }
            message.clear();
            (&mut self.reader)
                .take(u64::from(descriptor.length))
                .read_to_end(&mut message)
                .map_err(|_| Ended)?;
            if message.len() < descriptor.length as usize {
                return Err(Ended);
            }
            if descriptor.channel != CONTROL {
                continue;
            }
            // Messages this crate does not know (events the server may add)
            // are skipped whole, so the next one is read from its start.
            let Ok((_, command)) =
                Command::read_tag_prefixed(&mut Cursor::new(&message), self.version)
            else {
                continue;
            };
            match command {
                Command::Request(request) if request.channel == self.channel => {
                    self.send(request.length)?;
                }
                Command::PlaybackStreamKilled(channel) if channel == self.channel => {
                    return Err(Ended);
                }
                Command::Error(_) => return Err(Ended),
                _ => {}
            }
        }
    }

    /// Sends `length` bytes (whole frames) of the mix, in pieces of at most
    /// [`LONGEST_MESSAGE`]: the server counts on every byte it asked for,
    /// and the buffer stays small whatever it asks.
    fn send(&mut self, length: u32) -> Result<(), Ended> {
        let mut frames_left = length / BYTES_PER_FRAME;
        while frames_left > 0 {
            let frames = frames_left.min(LONGEST_MESSAGE / BYTES_PER_FRAME);
            frames_left -= frames;
            self.bytes.clear();
            for _ in 0..frames {
                let sample = self.mix.next().unwrap_or(0.0);
                self.bytes.extend_from_slice(&sample.to_le_bytes());
            }
            protocol::write_memblock(&mut self.writer, self.channel, &self.bytes, 0)
                .map_err(|_| Ended)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<OsString> + 'a {
        move |name| {
            pairs
                .iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| OsString::from(value))
        }
    }

    #[test]
    fn the_server_is_found_where_libpulse_looks() {
        let found = |pairs: &[(&str, &str)]| server_socket(vars(pairs));
        assert_eq!(
            found(&[
                ("PULSE_SERVER", "unix:/run/a/native"),
                ("XDG_RUNTIME_DIR", "/run/u")
            ]),
            Some(PathBuf::from("/run/a/native"))
        );
        assert_eq!(
            found(&[("PULSE_SERVER", "tcp:box:4713 {abc}unix:/run/b/native")]),
            Some(PathBuf::from("/run/b/native"))
        );
        assert_eq!(
            found(&[("PULSE_SERVER", "/run/c")]),
            Some(PathBuf::from("/run/c"))
        );
        // Only other machines: ALSA's route, which speaks TCP, is left to it.
        assert_eq!(found(&[("PULSE_SERVER", "tcp:box:4713")]), None);
        assert_eq!(
            found(&[
                ("PULSE_RUNTIME_PATH", "/tmp/p"),
                ("XDG_RUNTIME_DIR", "/run/u")
            ]),
            Some(PathBuf::from("/tmp/p/native"))
        );
        assert_eq!(
            found(&[("XDG_RUNTIME_DIR", "/run/user/1000")]),
            Some(PathBuf::from("/run/user/1000/pulse/native"))
        );
        assert_eq!(found(&[]), None);
    }

    #[test]
    fn the_cookie_is_read_only_from_a_file_of_the_right_length() {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let short = folder.path().join("short");
        std::fs::write(&short, [1u8; 10]).expect("a short cookie written");
        let right = folder.path().join("right");
        std::fs::write(&right, [7u8; COOKIE_LENGTH]).expect("a cookie written");
        let missing = folder.path().join("missing");
        assert_eq!(
            read_cookie(&[missing.clone(), folder.path().into(), short.clone(), right]),
            vec![7u8; COOKIE_LENGTH]
        );
        assert_eq!(read_cookie(&[missing, short]), vec![0u8; COOKIE_LENGTH]);
    }

    #[test]
    fn the_cookie_is_looked_for_in_libpulses_order() {
        let paths = cookie_paths(vars(&[("PULSE_COOKIE", "/c"), ("HOME", "/h")]));
        assert_eq!(
            paths,
            [
                PathBuf::from("/c"),
                PathBuf::from("/h/.config/pulse/cookie"),
                PathBuf::from("/h/.pulse-cookie")
            ]
        );
    }
}
