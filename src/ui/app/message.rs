//! What Steady starts with, where outside requests come in, and the
//! messages the app takes.

use super::*;

/// How Steady starts.
#[derive(Debug, Clone)]
pub enum Launch {
    Home,
    /// Straight into an exercise; `lead_in` seconds override the setting.
    Player {
        playable: Box<Playable>,
        lead_in: Option<u64>,
        /// Read the steps aloud this time (`steady run --speak`).
        speak: bool,
    },
    /// Straight into the mid-day pause (`steady quick`).
    Quick,
    /// No window: waiting for the next reminder (started at log-in).
    Background,
}

/// Where requests from outside come in: other `steady` commands, the tray.
#[derive(Debug, Clone, Default)]
pub struct Inbox {
    pub requests: Option<async_channel::Receiver<crate::instance::Handover>>,
    pub tray: Option<async_channel::Receiver<crate::tray::Choice>>,
    /// SIGTERM, SIGINT and SIGHUP, by name.
    pub signals: Option<async_channel::Receiver<&'static str>>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Home(home::Message),
    Player(player::Message),
    Finished(finished::Message),
    Settings(settings::Message),
    Editor(editor::Message),
    CheckIn(checkin::Message),
    History(history::Message),
    About(about::Message),
    Key(keyboard::Event),
    SystemTheme(Mode),
    Window(iced::window::Id, window::Change),
    /// A save of the settings ended: what it sent, what it compared
    /// with, and the file as it is now (or why not).
    Saved {
        sent: Box<Settings>,
        base: Box<Settings>,
        result: Result<Box<Settings>, Error>,
    },
    StateSaved {
        sent: Box<State>,
        base: Box<State>,
        result: Result<Box<State>, Error>,
    },
    AudioStatus(DeviceStatus),
    /// Whether the steps' words can be read aloud, as it changes.
    SpeechStatus(crate::speech::SpeechStatus),
    /// The exercise's sound getting ready.
    SoundReadying(crate::ui::sound::Readying),
    /// The editor's save or trash finished: the file, or why not.
    FileDone {
        said: String,
        result: Result<std::path::PathBuf, Error>,
        /// Further notes: recordings that could not be moved to the trash.
        also: Vec<String>,
    },
    /// Notes for the home screen (recordings that could not be moved).
    Noted(Vec<String>),
    /// Files in the exercises folder changed.
    FilesChanged,
    /// The reloaded library (`None` if it could not be loaded off the window's thread).
    LibraryReloaded(Option<Box<Library>>),
    HistoryLoaded(Box<crate::history::Loaded>),
    /// A session was appended to the history (or why not).
    Recorded(Result<(), Error>),
    /// The history was exported or cleared: what to tell the person.
    HistoryDone(Result<String, Error>),
    /// Time to look whether a reminder is due.
    ReminderTick,
    Reminded(crate::notify::Outcome),
    ReminderAnswer(reminders::ReminderAnswer),
    Request(crate::instance::Handover),
    Tray(crate::tray::Choice),
    /// The answer to "keep waiting in the background?".
    KeepWaiting(bool),
    /// The answer to "start … instead?".
    Replace(bool),
    ToggleMini,
    Quit,
    /// The session is ending (log-out, shutdown, Ctrl-C): end gracefully.
    Signal(&'static str),
    HistoryReload,
}
