//! Just enough of the X11 protocol, spoken over the private server's socket:
//! whether a window shows anything yet (GetImage, much faster than running
//! `import`), and a count of the frames drawn into it (the DAMAGE extension:
//! the server reports every rectangle a client paints). No new dependency,
//! no unsafe code.

use std::io::{self, Read, Write};
use std::os::unix::net::UnixStream;
use std::time::{Duration, Instant};

pub struct Connection {
    stream: UnixStream,
    next_id: u32,
    /// Whether the server sends image data least significant byte first.
    lsb_first: bool,
}

/// DAMAGE levels: one event for every rectangle drawn.
const REPORT_RAW_RECTANGLES: u8 = 0;
const GET_IMAGE: u8 = 73;
const GET_GEOMETRY: u8 = 14;
const QUERY_EXTENSION: u8 = 98;
const Z_PIXMAP: u8 = 2;

fn error(message: impl Into<String>) -> io::Error {
    io::Error::other(message.into())
}

fn u16_at(bytes: &[u8], at: usize) -> u16 {
    u16::from_le_bytes([bytes[at], bytes[at + 1]])
}

fn u32_at(bytes: &[u8], at: usize) -> u32 {
    u32::from_le_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]])
}

/// A request: opcode, one data byte, its length in words, then the body
/// (padded to whole words).
fn request(opcode: u8, data: u8, body: &[u8]) -> Vec<u8> {
    let padded = body.len().div_ceil(4) * 4;
    let words = u16::try_from(1 + padded / 4).expect("a short request");
    let mut bytes = vec![opcode, data];
    bytes.extend_from_slice(&words.to_le_bytes());
    bytes.extend_from_slice(body);
    bytes.resize(4 + padded, 0);
    bytes
}

impl Connection {
    /// Connects to `display` (":N") through its local socket, without
    /// authentication (the private Xvfb asks for none).
    pub fn open(display: &str) -> io::Result<Connection> {
        let number = display
            .trim_start_matches(':')
            .split('.')
            .next()
            .unwrap_or_default();
        let mut stream = UnixStream::connect(format!("/tmp/.X11-unix/X{number}"))?;
        // 'l': little-endian; protocol 11.0; no authorisation.
        stream.write_all(&[b'l', 0, 11, 0, 0, 0, 0, 0, 0, 0, 0, 0])?;
        let mut head = [0u8; 8];
        stream.read_exact(&mut head)?;
        let mut setup = vec![0u8; usize::from(u16_at(&head, 6)) * 4];
        stream.read_exact(&mut setup)?;
        if head[0] != 1 {
            return Err(error(format!(
                "the X server refused the connection: {}",
                String::from_utf8_lossy(&setup)
            )));
        }
        Ok(Connection {
            stream,
            // The resource-id base; ids are allocated upwards from it.
            next_id: u32_at(&setup, 4),
            lsb_first: setup[22] == 0,
        })
    }

    /// Sends a request that has a reply and returns it (header and data),
    /// skipping any events that come first.
    fn ask(&mut self, bytes: &[u8]) -> io::Result<Vec<u8>> {
        self.stream.write_all(bytes)?;
        loop {
            let mut packet = vec![0u8; 32];
            self.stream.read_exact(&mut packet)?;
            match packet[0] {
                0 => return Err(error(format!("X error {}", packet[1]))),
                1 => {
                    let extra = u32_at(&packet, 4) as usize * 4;
                    packet.resize(32 + extra, 0);
                    self.stream.read_exact(&mut packet[32..])?;
                    return Ok(packet);
                }
                _ => {}
            }
        }
    }

    fn new_id(&mut self) -> u32 {
        let id = self.next_id;
        self.next_id += 1;
        id
    }

    /// The window's width and height.
    fn size(&mut self, window: u32) -> io::Result<(u16, u16)> {
        let reply = self.ask(&request(GET_GEOMETRY, 0, &window.to_le_bytes()))?;
        Ok((u16_at(&reply, 16), u16_at(&reply, 18)))
    }

    /// Whether any pixel of the window is not black: it has drawn a frame.
    /// An error (the window is not viewable yet) counts as "not yet".
    pub fn shows_something(&mut self, window: u32) -> bool {
        self.try_shows_something(window).unwrap_or(false)
    }

    fn try_shows_something(&mut self, window: u32) -> io::Result<bool> {
        let (width, height) = self.size(window)?;
        let mut body = Vec::with_capacity(16);
        body.extend_from_slice(&window.to_le_bytes());
        body.extend_from_slice(&[0, 0, 0, 0]);
        body.extend_from_slice(&width.to_le_bytes());
        body.extend_from_slice(&height.to_le_bytes());
        body.extend_from_slice(&u32::MAX.to_le_bytes());
        let reply = self.ask(&request(GET_IMAGE, Z_PIXMAP, &body))?;
        // Depth 24 is stored in 32 bits a pixel; the fourth byte is padding.
        let colour = if self.lsb_first { 0..3 } else { 1..4 };
        Ok(reply[32..]
            .chunks_exact(4)
            .any(|pixel| pixel[colour.clone()].iter().any(|&byte| byte != 0)))
    }

    /// The DAMAGE extension's opcode and first event code.
    fn damage_extension(&mut self) -> io::Result<(u8, u8)> {
        let name = b"DAMAGE";
        let mut body = Vec::new();
        body.extend_from_slice(&(name.len() as u16).to_le_bytes());
        body.extend_from_slice(&[0, 0]);
        body.extend_from_slice(name);
        let reply = self.ask(&request(QUERY_EXTENSION, 0, &body))?;
        if reply[8] == 0 {
            return Err(error("the X server has no DAMAGE extension"));
        }
        let (opcode, first_event) = (reply[9], reply[10]);
        // A client must agree on a version before using the extension.
        let mut version = Vec::new();
        version.extend_from_slice(&1u32.to_le_bytes());
        version.extend_from_slice(&1u32.to_le_bytes());
        self.ask(&request(opcode, 0, &version))?;
        Ok((opcode, first_event))
    }

    /// Every rectangle drawn into `window` from now until `until`. Uses up
    /// the connection: events may be left half read.
    pub fn drawing(mut self, window: u32, until: Instant) -> io::Result<Drawing> {
        let (width, height) = self.size(window)?;
        let (opcode, first_event) = self.damage_extension()?;
        let damage = self.new_id();
        let mut body = Vec::new();
        body.extend_from_slice(&damage.to_le_bytes());
        body.extend_from_slice(&window.to_le_bytes());
        body.extend_from_slice(&[REPORT_RAW_RECTANGLES, 0, 0, 0]);
        self.stream.write_all(&request(opcode, 1, &body))?;
        let mut drawing = Drawing {
            window_pixels: u64::from(width) * u64::from(height),
            rectangles: Vec::new(),
        };
        let mut pending: Vec<u8> = Vec::new();
        let mut chunk = [0u8; 4096];
        // The server first reports the whole window as damaged, once, as the
        // damage object is made: that is no frame.
        let mut initial = true;
        loop {
            let left = until.saturating_duration_since(Instant::now());
            if left.is_zero() {
                break;
            }
            self.stream
                .set_read_timeout(Some(left.max(Duration::from_millis(1))))?;
            match self.stream.read(&mut chunk) {
                Ok(0) => break,
                Ok(read) => pending.extend_from_slice(&chunk[..read]),
                Err(e)
                    if matches!(
                        e.kind(),
                        io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut
                    ) =>
                {
                    break
                }
                Err(e) => return Err(e),
            }
            let whole = pending.len() / 32 * 32;
            for packet in pending[..whole].chunks_exact(32) {
                match packet[0] & 0x7f {
                    0 => {
                        return Err(error(format!(
                            "X error {} while counting frames",
                            packet[1]
                        )))
                    }
                    code if code == first_event => {
                        let pixels = u64::from(u16_at(packet, 20)) * u64::from(u16_at(packet, 22));
                        if std::mem::take(&mut initial) && pixels == drawing.window_pixels {
                            continue;
                        }
                        drawing.rectangles.push((u32_at(packet, 12), pixels));
                    }
                    _ => {}
                }
            }
            pending.drain(..whole);
        }
        self.stream.set_read_timeout(None)?;
        // DamageDestroy; the window may be gone already, so no reply is awaited.
        self.stream
            .write_all(&request(opcode, 2, &damage.to_le_bytes()))?;
        Ok(drawing)
    }
}

/// What a client drew into its window over a while.
pub struct Drawing {
    pub window_pixels: u64,
    /// Server time (ms) and size (pixels) of each rectangle drawn.
    pub rectangles: Vec<(u32, u64)>,
}

impl Drawing {
    /// Frames drawn: the rectangles of one frame arrive together, frames
    /// several milliseconds apart.
    pub fn frames(&self) -> usize {
        const SAME_FRAME_MS: u32 = 4;
        if self.rectangles.is_empty() {
            return 0;
        }
        1 + self
            .rectangles
            .windows(2)
            .filter(|pair| pair[1].0.wrapping_sub(pair[0].0) > SAME_FRAME_MS)
            .count()
    }

    /// The share of the window a frame repaints, on average.
    pub fn share_per_frame(&self) -> f64 {
        let pixels: u64 = self.rectangles.iter().map(|(_, pixels)| pixels).sum();
        pixels as f64 / self.frames().max(1) as f64 / self.window_pixels.max(1) as f64
    }
}
