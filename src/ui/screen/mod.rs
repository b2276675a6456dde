pub mod editor;
pub mod finished;
pub mod home;
pub mod player;
pub mod settings;

pub enum Screen {
    Home(home::Home),
    Player(player::Player),
    Finished(finished::Finished),
    Settings,
    Editor(Box<editor::Editor>),
}
