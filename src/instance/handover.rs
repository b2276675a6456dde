//! A request as it travels between two starts of Steady, with the token a
//! launcher gave the second one.

use serde::{Deserialize, Serialize};

use super::wire::Request;

/// The longest activation token passed along, in bytes. Wayland tokens are
/// about 32 characters, X11 startup ids rarely over 100.
pub const MAX_TOKEN: usize = 512;

/// A request as it travels: with the token a launcher gave the second
/// `steady` (`XDG_ACTIVATION_TOKEN` on Wayland, `DESKTOP_STARTUP_ID` on
/// X11), which lets the running Steady bring its window to the front where
/// the desktop would otherwise refuse to let it take the focus.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Handover {
    #[serde(flatten)]
    pub request: Request,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activation_token: Option<String>,
}

impl Handover {
    /// `request` with `token` if it is one worth sending (a launcher's
    /// variable may hold anything).
    pub fn new(request: Request, token: Option<String>) -> Handover {
        Handover {
            request,
            activation_token: token.filter(|token| token_problem(token).is_none()),
        }
    }

    pub fn problem(&self) -> Option<String> {
        self.request
            .problem()
            .or_else(|| self.activation_token.as_deref().and_then(token_problem))
    }
}

/// The token the launcher gave this start of Steady to bring a window
/// forward: Wayland's, else X11's startup id; only one worth using.
pub fn launcher_token() -> Option<String> {
    ["XDG_ACTIVATION_TOKEN", "DESKTOP_STARTUP_ID"]
        .iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|token| token_problem(token).is_none())
}

/// Tokens are opaque, but always short printable ASCII without spaces.
fn token_problem(token: &str) -> Option<String> {
    if token.is_empty() || token.len() > MAX_TOKEN {
        Some(crate::t!("instance-token-length", most = MAX_TOKEN))
    } else if !token.bytes().all(|byte| byte.is_ascii_graphic()) {
        Some(crate::t!("instance-token-letters").to_owned())
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::super::wire::{decode_request, encode_request};
    use super::*;

    #[test]
    fn the_activation_token_travels_with_the_request() {
        let handover = Handover::new(Request::Show, Some("0123abcd".to_string()));
        let line = encode_request(&handover).expect("valid");
        assert_eq!(
            String::from_utf8_lossy(&line),
            r#"{"request":"show","activation_token":"0123abcd"}"#
        );
        let back = decode_request(br#"{"request":"quick","activation_token":"x_TIME42"}"#);
        assert_eq!(
            back.expect("decodes").activation_token.as_deref(),
            Some("x_TIME42")
        );
    }

    #[test]
    fn odd_tokens_are_not_sent_and_are_refused() {
        for odd in [
            "",
            "with space",
            "new\nline",
            "\u{e9}t\u{e9}",
            &"t".repeat(MAX_TOKEN + 1),
        ] {
            let odd = odd.to_string();
            assert_eq!(
                Handover::new(Request::Show, Some(odd.clone())).activation_token,
                None
            );
            let line = serde_json::json!({"request": "show", "activation_token": odd}).to_string();
            assert!(decode_request(line.as_bytes()).is_err(), "{odd:?}");
        }
        assert!(decode_request(br#"{"request":"show","activation_token":7}"#).is_err());
    }
}
