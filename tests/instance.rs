//! The single-instance socket: who becomes primary, how requests travel,
//! and what a broken, hostile or vanished peer cannot do. Every test uses
//! its own temporary folder, never the real `$XDG_RUNTIME_DIR`.

use std::fs;
use std::io::{BufRead, BufReader, Read, Write};
use std::os::unix::fs::{FileTypeExt, PermissionsExt};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::{Arc, Barrier, Mutex};
use std::time::{Duration, Instant};

use steady::error::Error;
use steady::instance::{Claim, Instance, Listener, Reply, Request, Server};

/// Set for the child process of `a_killed_instance_does_not_block_the_next_start`.
const HELPER_VAR: &str = "STEADY_TEST_INSTANCE_HELPER";

fn temp_instance() -> (tempfile::TempDir, Instance) {
    let temp = tempfile::tempdir().expect("temp dir");
    let instance = Instance::at(temp.path().join("steady"));
    (temp, instance)
}

fn primary(instance: &Instance) -> Listener {
    match instance.claim().expect("claims") {
        Claim::Primary(listener) => listener,
        Claim::Secondary => panic!("expected to be the primary"),
    }
}

/// A primary that accepts everything and keeps what it was asked.
fn recording(instance: &Instance) -> (Server, Arc<Mutex<Vec<Request>>>) {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = Arc::clone(&seen);
    let server = primary(instance)
        .serve(move |request| {
            log.lock().expect("lock").push(request);
            Reply::Accepted
        })
        .expect("serves");
    (server, seen)
}

fn run(target: &str, lead_in: Option<u8>) -> Request {
    Request::Run {
        target: target.to_string(),
        lead_in,
        speak: false,
    }
}

/// Sends raw bytes, bypassing the client's checks, and returns the reply.
fn raw(instance: &Instance, bytes: &[u8]) -> String {
    let mut stream = UnixStream::connect(instance.socket()).expect("connects");
    stream
        .set_read_timeout(Some(Duration::from_secs(5)))
        .expect("timeout");
    // A peer that sends too much sees its writes fail once the server has
    // stopped reading; the reply is still there to read.
    let _ = stream.write_all(bytes);
    let mut reply = String::new();
    let _ = stream.read_to_string(&mut reply);
    reply
}

fn assert_refused(reply: &str) {
    assert!(reply.starts_with(r#"{"ok":false,"error":""#), "{reply}");
    assert!(reply.ends_with('\n'), "{reply:?}");
}

/// The server still works: a good request goes through.
fn assert_still_serving(instance: &Instance) {
    assert_eq!(
        instance.send(&Request::Show).expect("sends"),
        Reply::Accepted
    );
}

#[test]
fn the_first_claim_is_primary_and_the_next_is_secondary() {
    let (_temp, instance) = temp_instance();
    let listener = primary(&instance);
    assert!(instance.socket().exists());
    assert!(matches!(instance.claim(), Ok(Claim::Secondary)));
    // Even before it serves, and from a second handle on the same folder.
    assert!(matches!(
        Instance::at(instance.folder()).claim(),
        Ok(Claim::Secondary)
    ));
    drop(listener);
}

#[test]
fn the_runtime_folder_is_made_private() {
    let (_temp, instance) = temp_instance();
    let _listener = primary(&instance);
    let mode = fs::metadata(instance.folder())
        .expect("exists")
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o700);
}

#[test]
fn a_request_reaches_the_primary_and_its_reply_comes_back() {
    let (_temp, instance) = temp_instance();
    let (server, seen) = recording(&instance);
    let requests = [
        run("box-breathing", None),
        run("/home/me/calm.ron", Some(3)),
        Request::Quick,
        Request::Show,
    ];
    for request in &requests {
        assert_eq!(instance.send(request).expect("sends"), Reply::Accepted);
    }
    assert_eq!(*seen.lock().expect("lock"), requests);
    drop(server);
}

#[test]
fn the_primary_may_refuse_and_says_why() {
    let (_temp, instance) = temp_instance();
    let _server = primary(&instance)
        .serve(|_| Reply::Refused("a session is running".to_string()))
        .expect("serves");
    assert_eq!(
        instance.send(&Request::Quick).expect("sends"),
        Reply::Refused("a session is running".to_string())
    );
}

#[test]
fn the_wire_format_is_one_json_line_each_way() {
    let (_temp, instance) = temp_instance();
    let (_server, seen) = recording(&instance);
    let reply = raw(
        &instance,
        b"{\"request\":\"run\",\"target\":\"pmr-short\",\"lead_in\":0}\n",
    );
    assert_eq!(reply, "{\"ok\":true}\n");
    assert_eq!(*seen.lock().expect("lock"), [run("pmr-short", Some(0))]);
}

#[test]
fn a_socket_left_by_a_dead_listener_is_replaced() {
    let (_temp, instance) = temp_instance();
    fs::create_dir(instance.folder()).expect("folder");
    fs::set_permissions(instance.folder(), fs::Permissions::from_mode(0o700)).expect("chmod");
    drop(UnixListener::bind(instance.socket()).expect("binds"));
    assert!(fs::symlink_metadata(instance.socket())
        .expect("left behind")
        .file_type()
        .is_socket());
    let (_server, seen) = recording(&instance);
    assert_still_serving(&instance);
    assert_eq!(seen.lock().expect("lock").len(), 1);
}

#[test]
fn a_file_that_is_not_a_socket_is_never_removed() {
    let (_temp, instance) = temp_instance();
    fs::create_dir(instance.folder()).expect("folder");
    fs::set_permissions(instance.folder(), fs::Permissions::from_mode(0o700)).expect("chmod");
    fs::write(instance.socket(), "mine").expect("file");
    assert!(matches!(instance.claim(), Err(Error::Refused(_))));
    assert_eq!(fs::read_to_string(instance.socket()).expect("kept"), "mine");
}

#[test]
fn malformed_json_is_refused_and_the_server_lives_on() {
    let (_temp, instance) = temp_instance();
    let (_server, seen) = recording(&instance);
    for bad in [
        &b"{\n"[..],
        b"not json\n",
        b"\n",
        b"{\"request\":\"dance\"}\n",
        b"{\"request\":\"run\",\"target\":\"box-breathing\",\"lead_in\":300}\n",
        b"\xff\xfe\x00\n",
        b"{\"request\":\"show\"}", // no newline, then the client closes
    ] {
        assert_refused(&raw(&instance, bad));
    }
    assert_still_serving(&instance);
    assert_eq!(*seen.lock().expect("lock"), [Request::Show]);
}

#[test]
fn an_oversized_request_is_refused_and_the_server_lives_on() {
    let (_temp, instance) = temp_instance();
    let (_server, seen) = recording(&instance);
    let started = Instant::now();
    let mut huge = vec![b'a'; 1024 * 1024];
    huge.push(b'\n');
    assert_refused(&raw(&instance, &huge));
    assert!(started.elapsed() < Duration::from_secs(2));
    assert_still_serving(&instance);
    assert_eq!(seen.lock().expect("lock").len(), 1);
}

#[test]
fn a_request_that_never_ends_times_out_and_the_server_lives_on() {
    let (_temp, instance) = temp_instance();
    let (_server, _seen) = recording(&instance);
    let mut stream = UnixStream::connect(instance.socket()).expect("connects");
    stream.write_all(b"{\"request\"").expect("writes");
    stream
        .set_read_timeout(Some(Duration::from_secs(5)))
        .expect("timeout");
    let started = Instant::now();
    let mut reply = String::new();
    let _ = stream.read_to_string(&mut reply);
    let waited = started.elapsed();
    assert_refused(&reply);
    assert!(
        waited >= Duration::from_millis(1500) && waited < Duration::from_secs(4),
        "{waited:?}"
    );
    assert_still_serving(&instance);
}

#[test]
fn a_probe_that_sends_nothing_does_not_hold_up_the_next_request() {
    let (_temp, instance) = temp_instance();
    let (_server, _seen) = recording(&instance);
    let started = Instant::now();
    for _ in 0..5 {
        assert!(matches!(instance.claim(), Ok(Claim::Secondary)));
    }
    assert_still_serving(&instance);
    assert!(started.elapsed() < Duration::from_secs(1));
}

#[test]
fn bad_ids_and_relative_paths_are_refused_on_both_sides() {
    let (_temp, instance) = temp_instance();
    let (_server, seen) = recording(&instance);
    for target in ["Box", "box breathing", "calm.ron", "../calm.ron", "a/b", ""] {
        // The client does not send it at all...
        assert!(
            matches!(instance.send(&run(target, None)), Err(Error::Refused(_))),
            "{target:?}"
        );
        // ...and the server refuses it when someone else does.
        let line = format!("{{\"request\":\"run\",\"target\":{target:?}}}\n");
        assert_refused(&raw(&instance, line.as_bytes()));
    }
    assert!(matches!(
        instance.send(&run("box-breathing", Some(11))),
        Err(Error::Refused(_))
    ));
    assert!(seen.lock().expect("lock").is_empty());
    assert_still_serving(&instance);
}

#[test]
fn a_folder_open_to_others_is_refused() {
    let (_temp, instance) = temp_instance();
    fs::create_dir(instance.folder()).expect("folder");
    fs::set_permissions(instance.folder(), fs::Permissions::from_mode(0o755)).expect("chmod");
    assert!(matches!(instance.claim(), Err(Error::Refused(_))));
    assert!(matches!(
        instance.send(&Request::Show),
        Err(Error::Refused(_))
    ));
    assert!(!instance.socket().exists());
}

#[test]
fn sending_with_no_primary_is_an_error() {
    let (_temp, instance) = temp_instance();
    fs::create_dir(instance.folder()).expect("folder");
    fs::set_permissions(instance.folder(), fs::Permissions::from_mode(0o700)).expect("chmod");
    assert!(matches!(
        instance.send(&Request::Show),
        Err(Error::Io { .. })
    ));
}

#[test]
fn claims_at_the_same_moment_make_exactly_one_primary() {
    for stale in [false, true] {
        for _ in 0..10 {
            let (_temp, instance) = temp_instance();
            if stale {
                fs::create_dir(instance.folder()).expect("folder");
                fs::set_permissions(instance.folder(), fs::Permissions::from_mode(0o700))
                    .expect("chmod");
                drop(UnixListener::bind(instance.socket()).expect("binds"));
            }
            let claims = claim_together(&instance, 8);
            let primaries = claims
                .iter()
                .filter(|claim| matches!(claim, Claim::Primary(_)))
                .count();
            assert_eq!(primaries, 1, "stale socket: {stale}");
        }
    }
}

fn claim_together(instance: &Instance, count: usize) -> Vec<Claim> {
    let barrier = Arc::new(Barrier::new(count));
    let threads: Vec<_> = (0..count)
        .map(|_| {
            let (barrier, instance) = (Arc::clone(&barrier), instance.clone());
            std::thread::spawn(move || {
                barrier.wait();
                instance.claim().expect("claims")
            })
        })
        .collect();
    // Every primary's listener stays alive until all have been counted.
    threads
        .into_iter()
        .map(|thread| thread.join().expect("no panic"))
        .collect()
}

#[test]
fn dropping_the_server_removes_its_socket() {
    let (_temp, instance) = temp_instance();
    let (server, _seen) = recording(&instance);
    drop(server);
    assert!(!instance.socket().exists());
    assert!(instance.send(&Request::Show).is_err());
    let (_server, _seen) = recording(&instance);
    assert_still_serving(&instance);
}

#[test]
fn dropping_an_unserved_listener_removes_its_socket() {
    let (_temp, instance) = temp_instance();
    drop(primary(&instance));
    assert!(!instance.socket().exists());
}

#[test]
fn a_socket_that_was_replaced_is_not_removed_on_drop() {
    let (_temp, instance) = temp_instance();
    let (server, _seen) = recording(&instance);
    fs::remove_file(instance.socket()).expect("removed");
    let newer = UnixListener::bind(instance.socket()).expect("binds");
    drop(server);
    assert!(instance.socket().exists());
    drop(newer);
}

#[test]
fn a_panicking_handler_refuses_and_the_server_lives_on() {
    let (_temp, instance) = temp_instance();
    let _server = primary(&instance)
        .serve(|request| match request {
            Request::Quick => panic!("deliberate, for the test"),
            _ => Reply::Accepted,
        })
        .expect("serves");
    assert!(matches!(
        instance.send(&Request::Quick),
        Ok(Reply::Refused(_))
    ));
    assert_still_serving(&instance);
}

#[test]
fn the_channel_delivers_requests_and_refuses_when_full_or_closed() {
    let (_temp, instance) = temp_instance();
    let (_server, receiver) = primary(&instance).serve_channel(1).expect("serves");
    assert_eq!(
        instance.send(&run("box-breathing", None)).expect("sends"),
        Reply::Accepted
    );
    assert!(matches!(
        instance.send(&Request::Quick),
        Ok(Reply::Refused(_))
    ));
    assert_eq!(
        receiver.try_recv().expect("queued").request,
        run("box-breathing", None)
    );
    drop(receiver);
    assert!(matches!(
        instance.send(&Request::Quick),
        Ok(Reply::Refused(_))
    ));
}

/// The real thing: another process is the primary, is reached across the
/// process boundary (peer credentials and all), then is killed with
/// SIGKILL, leaving its socket file behind.
#[test]
fn a_killed_instance_does_not_block_the_next_start() {
    let (_temp, instance) = temp_instance();
    let mut child = Command::new(std::env::current_exe().expect("test binary"))
        .args([
            "--exact",
            "instance_helper",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(HELPER_VAR, instance.folder())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("helper starts");
    let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
    wait_for_line(&mut lines, "helper: serving");

    assert!(matches!(instance.claim(), Ok(Claim::Secondary)));
    assert_eq!(
        instance
            .send(&run("box-breathing", Some(2)))
            .expect("sends"),
        Reply::Accepted
    );
    wait_for_line(&mut lines, "helper: got box-breathing");

    child.kill().expect("SIGKILL");
    child.wait().expect("reaped");
    assert!(instance.socket().exists(), "the socket file is left behind");
    let (_server, _seen) = recording(&instance);
    assert_still_serving(&instance);
}

fn wait_for_line(lines: &mut impl Iterator<Item = std::io::Result<String>>, wanted: &str) {
    for line in lines.by_ref() {
        if line.expect("reads").contains(wanted) {
            return;
        }
    }
    panic!("the helper never said {wanted:?}");
}

/// Not a test on its own: the primary instance of the test above, run in a
/// child process. Without the variable it does nothing.
#[test]
fn instance_helper() {
    let Some(folder) = std::env::var_os(HELPER_VAR) else {
        return;
    };
    let instance = Instance::at(Path::new(&folder));
    let _server = primary(&instance)
        .serve(|request| {
            if let Request::Run { target, .. } = request {
                println!("helper: got {target}");
            }
            Reply::Accepted
        })
        .expect("serves");
    println!("helper: serving");
    // Waits to be killed; the parent gives up long before this ends.
    std::thread::sleep(Duration::from_secs(60));
}
