//! Steady's one reverse-DNS application id, and the names made from it.
//!
//! The desktop file, the icons, the AppStream metainfo, the window's app id
//! (Wayland) and class (X11), the notifications, the tray and the autostart
//! entry all use it, so a desktop can tell they belong together. It follows
//! the project's address (github.com/steady-app/steady): dashes are not
//! allowed in an id's parts, so `steady-app` becomes `steady_app`.
//! The user's folders keep the short name (`~/.config/steady`).

/// The application id.
pub const APP_ID: &str = "io.github.steady_app.Steady";

/// The name people know it by, as the desktop's sound mixer shows it.
pub const NAME: &str = "Steady";

/// The name of the application's icon in the icon theme: the id itself.
pub const ICON: &str = APP_ID;

/// The desktop entry's file name, `APP_ID.desktop`.
pub fn desktop_file() -> String {
    format!("{APP_ID}.desktop")
}

/// The desktop entry's file name before the id existed; installs made then
/// are moved to [`desktop_file`].
pub const OLD_DESKTOP_FILE: &str = "steady.desktop";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_id_follows_the_desktop_entry_rules() {
        // At least two dots, parts of [A-Za-z0-9_] not starting with a digit:
        // the rules for D-Bus names, desktop ids and AppStream ids.
        let parts: Vec<&str> = APP_ID.split('.').collect();
        assert!(parts.len() >= 3, "{APP_ID}");
        for part in parts {
            assert!(!part.is_empty(), "{APP_ID}");
            assert!(!part.starts_with(|c: char| c.is_ascii_digit()), "{part}");
            assert!(
                part.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'),
                "{part}"
            );
        }
        assert_eq!(desktop_file(), "io.github.steady_app.Steady.desktop");
    }
}
