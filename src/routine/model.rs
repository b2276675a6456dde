//! The routine file format, as plain serde types.

use serde::{Deserialize, Serialize};

/// A routine, as written in a `.ron` file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Routine {
    pub version: u32,
    pub id: String,
    pub title: String,
    pub summary: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intro: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closing: Option<String>,
    /// A question to write about at the end, such as the evening's journal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub journal: Option<String>,
    pub parts: Vec<Part>,
}

/// One exercise of a routine, optionally made shorter or longer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Part {
    /// The id of a shipped or own exercise.
    pub exercise: String,
    /// For breathing: run the pattern this many times.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cycles: Option<u32>,
    /// About this long, `"m:ss"`: rounded to whole cycles or steps.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub length: Option<String>,
    /// Words for the calm pause before this part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transition: Option<String>,
}

/// `"m:ss"` (or `"ss"`) as whole seconds, if well formed.
pub fn parse_length(text: &str) -> Option<u64> {
    let (minutes, seconds) = match text.trim().split_once(':') {
        Some((minutes, seconds)) => (minutes.trim().parse::<u64>().ok()?, seconds.trim()),
        None => (0, text.trim()),
    };
    if seconds.is_empty() || seconds.len() > 2 && minutes > 0 {
        return None;
    }
    let seconds: u64 = seconds.parse().ok()?;
    if minutes > 0 && seconds >= 60 {
        return None;
    }
    minutes.checked_mul(60)?.checked_add(seconds)
}

#[cfg(test)]
mod tests {
    use super::parse_length;

    #[test]
    fn lengths_read_as_minutes_and_seconds() {
        assert_eq!(parse_length("2:00"), Some(120));
        assert_eq!(parse_length("0:45"), Some(45));
        assert_eq!(parse_length("90"), Some(90));
        assert_eq!(parse_length("1:75"), None);
        assert_eq!(parse_length("two minutes"), None);
        assert_eq!(parse_length(""), None);
    }
}
