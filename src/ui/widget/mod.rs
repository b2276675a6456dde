pub mod breath;
pub mod chart;
pub mod repaint;
