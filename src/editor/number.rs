//! Numbers as people type them: "4", "4.5" and "4,5" (a decimal comma is
//! common outside English), and lengths as "2:30" or a number of minutes.
//! Written back the same way, so a form made from a file shows its values
//! exactly and saves them unchanged.

/// A number typed in a field: digits with at most one '.' or ',' and an
/// optional leading '-' (so a negative number gets its own message rather
/// than "not a number"). Exponents, "inf" and "NaN" are not numbers here.
pub fn parse_number(typed: &str) -> Option<f64> {
    let typed = typed.trim();
    let digits = typed.strip_prefix('-').unwrap_or(typed);
    let separators = digits.chars().filter(|c| matches!(c, '.' | ',')).count();
    let well_formed = digits.chars().any(|c| c.is_ascii_digit())
        && digits
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ','))
        && separators <= 1;
    if !well_formed {
        return None;
    }
    typed.replace(',', ".").parse().ok()
}

/// A whole number, such as a count of rounds.
pub fn parse_whole(typed: &str) -> Option<u64> {
    let typed = typed.trim();
    if typed.is_empty() || !typed.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    // Too many digits for u64 is still "a whole number", just far too big.
    Some(typed.parse().unwrap_or(u64::MAX))
}

/// Seconds as a field shows them: "4", "5.5". Rust's shortest form reads
/// back as the very same number.
pub fn seconds_text(seconds: f64) -> String {
    format!("{seconds}")
}

/// A length in seconds from "m:ss" (also "m:ss.s") or a number of minutes
/// ("5", "2.5"). Counted in whole milliseconds, so "2:05.25" is exactly
/// what a file saying 125.25 holds.
pub fn parse_length(typed: &str) -> Option<f64> {
    let typed = typed.trim();
    let millis = match typed.split_once(':') {
        Some((minutes, seconds)) => {
            let minutes = parse_whole(minutes)?;
            let seconds = parse_number(seconds)?;
            if !(0.0..60.0).contains(&seconds) || seconds.is_sign_negative() {
                return None;
            }
            minutes
                .checked_mul(60_000)?
                .checked_add((seconds * 1000.0).round() as u64)?
        }
        None => {
            let minutes = parse_number(typed)?;
            if minutes < 0.0 {
                return None;
            }
            (minutes * 60_000.0).round() as u64
        }
    };
    Some(millis as f64 / 1000.0)
}

/// A length as "m:ss", with tenths (or finer) only when it has them.
pub fn length_text(seconds: f64) -> String {
    let millis = (seconds.max(0.0) * 1000.0).round() as u64;
    let (minutes, rest) = (millis / 60_000, millis % 60_000);
    let (whole, fraction) = (rest / 1000, rest % 1000);
    if fraction == 0 {
        format!("{minutes}:{whole:02}")
    } else {
        let fraction = format!("{fraction:03}");
        format!("{minutes}:{whole:02}.{}", fraction.trim_end_matches('0'))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_take_a_point_or_a_comma() {
        assert_eq!(parse_number("4"), Some(4.0));
        assert_eq!(parse_number(" 4.5 "), Some(4.5));
        assert_eq!(parse_number("4,5"), Some(4.5));
        assert_eq!(parse_number("-2"), Some(-2.0));
        for not_a_number in ["", "four", "1e3", "inf", "NaN", "4.5.1", "4,5,", "-", "."] {
            assert_eq!(parse_number(not_a_number), None, "{not_a_number:?}");
        }
    }

    #[test]
    fn lengths_read_as_minutes_and_seconds_or_minutes() {
        assert_eq!(parse_length("2:30"), Some(150.0));
        assert_eq!(parse_length("5"), Some(300.0));
        assert_eq!(parse_length("2,5"), Some(150.0));
        assert_eq!(parse_length("1:05.25"), Some(65.25));
        assert_eq!(parse_length("1:75"), None);
        assert_eq!(parse_length("-1"), None);
        assert_eq!(parse_length("soon"), None);
    }

    #[test]
    fn lengths_are_written_back_the_same() {
        for seconds in [120.0, 65.25, 100.1, 3.0, 10800.0] {
            let text = length_text(seconds);
            assert_eq!(parse_length(&text), Some(seconds), "{text}");
        }
        assert_eq!(length_text(120.0), "2:00");
        assert_eq!(length_text(90.5), "1:30.5");
    }
}
