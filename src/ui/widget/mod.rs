pub mod breath;
pub mod chart;
