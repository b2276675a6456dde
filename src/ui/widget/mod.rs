pub mod breath;
