//! How long loading the library takes: every shipped exercise plus 200 user files.
//! Run with `cargo bench --bench load`; the number goes in the notes, not in a test.

use std::time::{Duration, Instant};

use steady::library::{Library, SHIPPED};

fn main() {
    let config = tempfile::tempdir().expect("temp dir");
    let paths = steady::paths::Paths::at(config.path());
    let dir = paths.exercises();
    std::fs::create_dir_all(&dir).expect("mkdir");
    for index in 0..200 {
        // Real shipped texts under new ids, so each file is a full-size exercise.
        let (_, text) = SHIPPED[index % SHIPPED.len()];
        let original = steady::exercise::parse(text)
            .expect("shipped exercises are valid")
            .id;
        let renamed = text.replacen(&format!("\"{original}\""), &format!("\"user-{index}\""), 1);
        std::fs::write(dir.join(format!("user-{index:03}.ron")), renamed).expect("write");
    }
    let mut times: Vec<Duration> = (0..30)
        .map(|_| {
            let start = Instant::now();
            let library = Library::load(&paths);
            let elapsed = start.elapsed();
            assert_eq!(library.entries().len(), SHIPPED.len() + 200);
            assert!(library.broken().is_empty());
            elapsed
        })
        .collect();
    times.sort();
    println!(
        "load {} shipped + 200 user exercises: median {:.1} ms, worst {:.1} ms (30 runs)",
        SHIPPED.len(),
        times[times.len() / 2].as_secs_f64() * 1000.0,
        times[times.len() - 1].as_secs_f64() * 1000.0
    );
}
