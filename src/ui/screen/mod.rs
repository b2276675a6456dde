pub mod finished;
pub mod home;
pub mod player;
pub mod settings;

pub enum Screen {
    Home(home::Home),
    Player(player::Player),
    Finished(finished::Finished),
    Settings,
}
