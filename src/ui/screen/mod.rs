pub mod about;
pub mod checkin;
pub mod editor;
pub mod finished;
pub mod history;
pub mod home;
pub mod journal;
pub mod player;
pub mod settings;

pub enum Screen {
    Home(home::Home),
    Player(player::Player),
    Finished(finished::Finished),
    Settings(settings::SettingsScreen),
    Editor(Box<editor::Editor>),
    CheckIn(checkin::CheckInScreen),
    History(history::HistoryScreen),
    About(about::About),
}
