//! Before any window: is there a display, and does it answer? The windowing
//! library panics without one and hangs on one that does not answer; asking
//! first lets Steady say so in one plain line.

use std::io::{Read, Write};
use std::os::unix::net::UnixStream;
use std::path::PathBuf;
use std::time::Duration;

/// How long a display has to answer.
const ANSWER: Duration = Duration::from_secs(5);

/// The connection a check made, kept open while Steady runs: an X server
/// whose last client leaves resets itself and would refuse the windowing
/// library's own connection a moment later.
pub struct Answered(#[allow(dead_code)] Option<Box<dyn std::any::Any>>);

/// Ok when a Wayland compositor or an X server answers; otherwise why not.
pub fn check() -> Result<Answered, String> {
    check_any().map(Answered)
}

fn check_any() -> Result<Option<Box<dyn std::any::Any>>, String> {
    let wayland = std::env::var_os("WAYLAND_DISPLAY").filter(|name| !name.is_empty());
    let x11 = std::env::var("DISPLAY")
        .ok()
        .filter(|name| !name.is_empty());
    if std::env::var_os("WAYLAND_SOCKET").is_some() {
        // A socket handed over by the compositor itself: nothing to look up.
        return Ok(None);
    }
    let wayland_result = wayland.map(|name| check_wayland(&PathBuf::from(name)));
    match (wayland_result, x11) {
        (Some(Ok(())), _) => Ok(None),
        (wayland, Some(display)) => check_x11(&display).map_err(|x11_error| match wayland {
            Some(Err(wayland_error)) => format!("{wayland_error}; {x11_error}"),
            _ => x11_error,
        }),
        (Some(Err(error)), None) => Err(error),
        (None, None) => Err(crate::t!("display-none").into()),
    }
}

fn check_wayland(name: &std::path::Path) -> Result<(), String> {
    let path = if name.is_absolute() {
        name.to_path_buf()
    } else {
        let runtime =
            std::env::var_os("XDG_RUNTIME_DIR").ok_or(crate::t!("display-no-runtime-dir"))?;
        PathBuf::from(runtime).join(name)
    };
    let mut stream = UnixStream::connect(&path).map_err(|error| {
        crate::t!(
            "display-wayland-refused",
            display = path.display().to_string(),
            error = error.to_string()
        )
    })?;
    // wl_display.sync(new callback 2): the compositor answers with
    // wl_callback.done on object 2 once it has handled everything before.
    let request: Vec<u8> = [1u32, (12 << 16), 2]
        .iter()
        .flat_map(|word| word.to_ne_bytes())
        .collect();
    ask(&mut stream, &request, 12).map_err(|error| {
        crate::t!(
            "display-wayland-silent",
            display = path.display().to_string(),
            error = error
        )
    })
}

/// An X server with no other client resets when its last client leaves and
/// closes connections made meanwhile: one more try after a moment.
fn check_x11(display: &str) -> Result<Option<Box<dyn std::any::Any>>, String> {
    let started = std::time::Instant::now();
    check_x11_once(display).or_else(|error| {
        // A display that did not answer in time is not asked twice.
        if started.elapsed() > Duration::from_secs(1) {
            return Err(error);
        }
        std::thread::sleep(Duration::from_millis(300));
        check_x11_once(display)
    })
}

fn check_x11_once(display: &str) -> Result<Option<Box<dyn std::any::Any>>, String> {
    let (host, number) =
        parse_x11(display).ok_or_else(|| crate::t!("display-bad-name", display = display))?;
    // Connection setup, little-endian, protocol 11.0, no authorisation: any
    // reply (even "authorisation required") shows the server is alive.
    let setup = [b'l', 0, 11, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    let answer = match host {
        None => {
            let path = format!("/tmp/.X11-unix/X{number}");
            let mut stream =
                UnixStream::connect(&path).map_err(|error| x11_refused(display, &error))?;
            ask(&mut stream, &setup, 8).map(|()| Some(Box::new(stream) as Box<dyn std::any::Any>))
        }
        Some(host) => {
            let address = format!("{host}:{}", 6000 + u32::from(number));
            let addresses =
                std::net::ToSocketAddrs::to_socket_addrs(&address).map_err(|error| {
                    crate::t!(
                        "display-not-found",
                        display = display,
                        error = error.to_string()
                    )
                })?;
            let mut last = crate::t!("display-unreachable", display = display);
            let mut answered = Err(last.clone());
            for address in addresses {
                match std::net::TcpStream::connect_timeout(&address, ANSWER) {
                    Ok(mut stream) => {
                        answered = ask(&mut stream, &setup, 8)
                            .map(|()| Some(Box::new(stream) as Box<dyn std::any::Any>));
                        break;
                    }
                    Err(error) => last = x11_refused(display, &error),
                }
            }
            answered.map_err(|_| last)
        }
    };
    answer.map_err(|error| crate::t!("display-silent", display = display, error = error))
}

fn x11_refused(display: &str, error: &std::io::Error) -> String {
    crate::t!(
        "display-refused",
        display = display,
        error = error.to_string()
    )
}

/// `:0`, `:1.0`, `unix:2` → (None, n); `host:3` → (Some(host), 3).
fn parse_x11(display: &str) -> Option<(Option<String>, u16)> {
    let (host, rest) = display.rsplit_once(':')?;
    let number = rest.split('.').next()?.parse().ok()?;
    let host = match host {
        "" | "unix" => None,
        other => Some(other.to_owned()),
    };
    Some((host, number))
}

/// Sends `request` and waits (at most [`ANSWER`]) for `reply` bytes.
fn ask<S: Read + Write + Timeouts>(
    stream: &mut S,
    request: &[u8],
    reply: usize,
) -> Result<(), String> {
    stream.timeouts(ANSWER).map_err(|error| error.to_string())?;
    stream
        .write_all(request)
        .map_err(|error| error.to_string())?;
    let mut answer = vec![0u8; reply];
    stream
        .read_exact(&mut answer)
        .map_err(|error| match error.kind() {
            std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut => {
                crate::t!("display-no-answer", seconds = ANSWER.as_secs())
            }
            _ => error.to_string(),
        })
}

trait Timeouts {
    fn timeouts(&self, limit: Duration) -> std::io::Result<()>;
}

impl Timeouts for UnixStream {
    fn timeouts(&self, limit: Duration) -> std::io::Result<()> {
        self.set_read_timeout(Some(limit))?;
        self.set_write_timeout(Some(limit))
    }
}

impl Timeouts for std::net::TcpStream {
    fn timeouts(&self, limit: Duration) -> std::io::Result<()> {
        self.set_read_timeout(Some(limit))?;
        self.set_write_timeout(Some(limit))
    }
}

#[cfg(test)]
mod tests {
    use super::parse_x11;

    #[test]
    fn display_names_are_read() {
        assert_eq!(parse_x11(":0"), Some((None, 0)));
        assert_eq!(parse_x11(":12.0"), Some((None, 12)));
        assert_eq!(parse_x11("unix:3"), Some((None, 3)));
        assert_eq!(parse_x11("remote:1"), Some((Some("remote".into()), 1)));
        assert_eq!(parse_x11("nonsense"), None);
    }
}
