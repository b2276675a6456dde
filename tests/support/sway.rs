//! A private headless sway: a real tiling Wayland compositor for the window
//! tests, beside the private Xvfb. wlroots refuses to run as root, so sway
//! runs as user 1000 in a user namespace of its own, and everything that
//! talks to it (Steady, `grim`, `wtype`, `swaymsg`) joins that namespace as
//! the same user. Its runtime folder, config and home are temporary; no
//! user config is read.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::Guard;

mod activation;
pub mod app;

pub const TOOLS: [&str; 6] = ["sway", "swaymsg", "grim", "wtype", "unshare", "nsenter"];
/// The headless output's size.
pub const OUTPUT: (usize, usize) = (1280, 800);
const USER: &str = "1000";

/// A window as sway sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct Window {
    pub title: String,
    pub app_id: String,
    /// x, y, width, height of the window with its border, on the output.
    pub rect: (i64, i64, i64, i64),
    /// The window's own content: width and height.
    pub size: (i64, i64),
    pub floating: bool,
    pub focused: bool,
    pub visible: bool,
}

pub struct Sway {
    folder: tempfile::TempDir,
    /// `wayland-N` in the runtime folder.
    pub display: String,
    /// A virtual keyboard kept plugged in: without one the seat has no
    /// keyboard, and the first key pressed (which plugs one in) is lost
    /// while the window asks for the keyboard.
    keyboard: Option<Guard>,
    server: Guard,
}

impl Sway {
    pub fn start() -> Sway {
        let folder = tempfile::tempdir().expect("temp dir");
        let runtime = folder.path().join("run");
        std::fs::create_dir_all(&runtime).expect("runtime folder");
        // Made by this (outer) user, which the namespace maps to user 1000:
        // private to sway and its clients, as a real runtime folder is.
        std::fs::set_permissions(
            &runtime,
            std::os::unix::fs::PermissionsExt::from_mode(0o700),
        )
        .expect("runtime folder is private");
        let config = folder.path().join("config");
        let (width, height) = OUTPUT;
        std::fs::write(
            &config,
            format!(
                "output HEADLESS-1 mode {width}x{height} position 0,0 bg #202020 solid_color\n\
                 default_border pixel 2\n\
                 # A window that asks to be activated (with a valid token) is focused.\n\
                 focus_on_window_activation focus\n"
            ),
        )
        .expect("sway config");
        let child = Command::new("unshare")
            .args([
                "--user",
                &format!("--map-user={USER}"),
                &format!("--map-group={USER}"),
                "--",
                "sway",
                "--config",
            ])
            .arg(&config)
            .env_clear()
            .envs(base_env(folder.path()))
            .env("WLR_BACKENDS", "headless")
            .env("WLR_RENDERER", "pixman")
            .env("WLR_LIBINPUT_NO_DEVICES", "1")
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(folder.path().join("sway.log")).expect("log"))
            .spawn()
            .expect("sway starts");
        let server = Guard(child);
        let deadline = Instant::now() + Duration::from_secs(20);
        let display = loop {
            let socket = find(&runtime, |name| {
                name.starts_with("wayland-") && !name.ends_with(".lock")
            });
            if let Some(display) = socket {
                break display;
            }
            assert!(
                Instant::now() < deadline,
                "the private sway did not start:\n{}",
                std::fs::read_to_string(folder.path().join("sway.log")).unwrap_or_default()
            );
            std::thread::sleep(Duration::from_millis(50));
        };
        let mut sway = Sway {
            folder,
            display,
            keyboard: None,
            server,
        };
        while sway.msg(&["-t", "get_version"]).is_none() {
            assert!(Instant::now() < deadline, "sway does not answer");
            std::thread::sleep(Duration::from_millis(50));
        }
        // `wtype` sleeping for a day holds its keyboard for the test.
        let keyboard = sway
            .command("wtype")
            .args(["-s", "86400000"])
            .spawn()
            .expect("wtype starts");
        sway.keyboard = Some(Guard(keyboard));
        while !sway
            .msg(&["-t", "get_seats"])
            .is_some_and(|seats| seats.contains("\"capabilities\": 2"))
        {
            assert!(Instant::now() < deadline, "sway has no keyboard");
            std::thread::sleep(Duration::from_millis(50));
        }
        sway
    }

    pub fn runtime(&self) -> PathBuf {
        self.folder.path().join("run")
    }

    /// What a client inside needs to find this sway and nothing else.
    pub fn env(&self) -> Vec<(String, String)> {
        let mut env = base_env(self.folder.path());
        env.push(("WAYLAND_DISPLAY".into(), self.display.clone()));
        if let Some(ipc) = find(&self.runtime(), |name| name.starts_with("sway-ipc.")) {
            env.push((
                "SWAYSOCK".into(),
                self.runtime().join(ipc).display().to_string(),
            ));
        }
        env
    }

    /// `program` run inside sway's user namespace, as its user, with only
    /// this sway's environment.
    pub fn command(&self, program: impl AsRef<std::ffi::OsStr>) -> Command {
        let mut command = Command::new("nsenter");
        command
            .args([
                "--user",
                "--target",
                &self.server.id().to_string(),
                "--setuid",
                USER,
                "--setgid",
                USER,
                "--",
            ])
            .arg(program)
            .env_clear()
            .envs(self.env());
        command
    }

    fn run(&self, program: &str, args: &[&str]) -> Option<Vec<u8>> {
        let output = self
            .command(program)
            .args(args)
            .stderr(Stdio::null())
            .output()
            .ok()?;
        output.status.success().then_some(output.stdout)
    }

    /// `swaymsg ARGS`, its output if it succeeded.
    pub fn msg(&self, args: &[&str]) -> Option<String> {
        self.run("swaymsg", args)
            .map(|out| String::from_utf8_lossy(&out).into_owned())
    }

    /// Every window sway manages, tiled or floating.
    pub fn windows(&self) -> Vec<Window> {
        let tree = self.msg(&["-t", "get_tree"]).unwrap_or_default();
        let tree: serde_json::Value = serde_json::from_str(&tree).unwrap_or_default();
        let mut windows = Vec::new();
        collect(&tree, false, &mut windows);
        windows
    }

    /// Waits until `wanted` holds for the windows; panics with `what` and
    /// the windows seen if it does not within `limit`.
    pub fn wait_for(
        &self,
        what: &str,
        limit: Duration,
        wanted: impl Fn(&[Window]) -> bool,
    ) -> Vec<Window> {
        let deadline = Instant::now() + limit;
        loop {
            let windows = self.windows();
            if wanted(&windows) {
                return windows;
            }
            assert!(Instant::now() < deadline, "{what}: {windows:#?}");
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Presses a key in the focused window (xkb names: space, Escape, w...).
    pub fn key(&self, key: &str) {
        assert!(
            self.run("wtype", &["-k", key]).is_some(),
            "wtype could not press {key}"
        );
    }

    /// The whole output as raw RGB bytes (`OUTPUT` sized).
    pub fn capture(&self) -> Vec<u8> {
        let ppm = self.run("grim", &["-t", "ppm", "-"]).unwrap_or_default();
        rgb_of_ppm(&ppm).unwrap_or_default()
    }

    /// A PNG of the whole output in `target/tmp/screenshots/`, for looking at.
    pub fn save(&self, name: &str) -> PathBuf {
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("screenshots");
        let _ = std::fs::create_dir_all(&dir);
        let path = dir.join(name);
        if let Some(png) = self.run("grim", &["-t", "png", "-"]) {
            let _ = std::fs::write(&path, png);
        }
        path
    }

    /// An activation token from sway, as a launcher gets one to hand to the
    /// program it starts (`XDG_ACTIVATION_TOKEN`).
    pub fn activation_token(&self) -> String {
        let socket = self.runtime().join(&self.display);
        activation::token(&socket).expect("sway hands out an activation token")
    }
}

fn base_env(folder: &Path) -> Vec<(String, String)> {
    let path = |name: &str| folder.join(name).display().to_string();
    vec![
        ("PATH".into(), std::env::var("PATH").unwrap_or_default()),
        ("XDG_RUNTIME_DIR".into(), path("run")),
        ("HOME".into(), path("home")),
        ("XDG_CONFIG_HOME".into(), path("home/.config")),
        ("XDG_DATA_HOME".into(), path("home/.local/share")),
        ("XDG_CACHE_HOME".into(), path("home/.cache")),
        ("XDG_STATE_HOME".into(), path("home/.local/state")),
    ]
}

fn find(folder: &Path, wanted: impl Fn(&str) -> bool) -> Option<String> {
    std::fs::read_dir(folder)
        .ok()?
        .filter_map(Result::ok)
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .find(|name| wanted(name))
}

fn collect(node: &serde_json::Value, floating: bool, windows: &mut Vec<Window>) {
    let number = |value: &serde_json::Value, key: &str| value[key].as_i64().unwrap_or(0);
    if node["pid"].is_i64() {
        let rect = &node["rect"];
        windows.push(Window {
            title: node["name"].as_str().unwrap_or_default().to_owned(),
            app_id: node["app_id"].as_str().unwrap_or_default().to_owned(),
            rect: (
                number(rect, "x"),
                number(rect, "y"),
                number(rect, "width"),
                number(rect, "height"),
            ),
            size: (
                number(&node["window_rect"], "width"),
                number(&node["window_rect"], "height"),
            ),
            floating,
            focused: node["focused"].as_bool().unwrap_or(false),
            visible: node["visible"].as_bool().unwrap_or(false),
        });
    }
    for child in node["nodes"].as_array().into_iter().flatten() {
        collect(child, floating, windows);
    }
    for child in node["floating_nodes"].as_array().into_iter().flatten() {
        collect(child, true, windows);
    }
}

/// The pixels of a binary PPM (P6, 8 bits), as RGB bytes.
fn rgb_of_ppm(ppm: &[u8]) -> Option<Vec<u8>> {
    // Four whitespace-separated fields, then one whitespace byte, then pixels.
    let mut fields = 0;
    let mut in_field = false;
    for (index, byte) in ppm.iter().enumerate() {
        if byte.is_ascii_whitespace() {
            if in_field {
                fields += 1;
                in_field = false;
                if fields == 4 {
                    return Some(ppm[index + 1..].to_vec());
                }
            }
        } else {
            in_field = true;
        }
    }
    None
}
