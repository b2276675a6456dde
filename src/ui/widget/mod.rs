pub mod breath;
pub mod chart;
pub mod focus;
pub mod focus_walk;
pub mod repaint;
