//! The Markdown table: metric | Steady | baseline | ratio | target.

pub struct Row {
    pub metric: String,
    pub steady: String,
    pub baseline: String,
    pub ratio: String,
    pub target: String,
}

pub const NONE: &str = "—";

impl Row {
    pub fn new(metric: &str, steady: String) -> Row {
        Row {
            metric: metric.to_owned(),
            steady,
            baseline: NONE.to_owned(),
            ratio: NONE.to_owned(),
            target: NONE.to_owned(),
        }
    }

    pub fn baseline(mut self, baseline: String) -> Row {
        self.baseline = baseline;
        self
    }

    /// Steady ÷ baseline, and whether it is within `limit` (if there is one).
    pub fn ratio(mut self, steady: f64, baseline: f64, limit: Option<f64>) -> Row {
        let ratio = steady / baseline;
        self.ratio = if ratio.is_finite() {
            format!("{ratio:.2}×")
        } else {
            NONE.to_owned()
        };
        if let Some(limit) = limit {
            self.target = format!("≤ {limit:.2}× {}", verdict(ratio <= limit));
        }
        self
    }

    pub fn target(mut self, target: String) -> Row {
        self.target = target;
        self
    }
}

pub fn verdict(met: bool) -> &'static str {
    if met {
        "(met)"
    } else {
        "(**not met**)"
    }
}

pub fn print(rows: &[Row]) {
    println!("| metric | Steady | baseline | ratio | target |");
    println!("| --- | --- | --- | --- | --- |");
    for row in rows {
        println!(
            "| {} | {} | {} | {} | {} |",
            row.metric, row.steady, row.baseline, row.ratio, row.target
        );
    }
}

/// Values of each run, to see the spread behind a median.
pub fn runs(values: &[f64], decimals: usize) -> String {
    values
        .iter()
        .map(|value| format!("{value:.decimals$}"))
        .collect::<Vec<_>>()
        .join(", ")
}
