//! "Did you mean …?" for ids and names, from a well-kept string metric.

/// The closest candidates to `wanted`: a typo or two away, or containing it.
/// Best first, at most three.
pub fn close_matches<'a>(wanted: &str, candidates: impl Iterator<Item = &'a str>) -> Vec<String> {
    let wanted = wanted.to_lowercase();
    let mut scored: Vec<(usize, &str)> = candidates
        .filter_map(|candidate| {
            let distance = strsim::damerau_levenshtein(&wanted, candidate);
            let related =
                !wanted.is_empty() && (candidate.contains(&wanted) || wanted.contains(candidate));
            let near = distance <= 2.max(wanted.chars().count() / 4);
            (near || related).then_some((distance, candidate))
        })
        .collect();
    scored.sort();
    scored.dedup();
    scored
        .into_iter()
        .take(3)
        .map(|(_, candidate)| candidate.to_owned())
        .collect()
}

/// The single closest candidate, if any is close.
pub fn closest<'a>(wanted: &str, candidates: impl Iterator<Item = &'a str>) -> Option<String> {
    close_matches(wanted, candidates).into_iter().next()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typos_and_parts_are_suggested() {
        let ids = ["pmr-short", "pmr-full", "box-breathing"];
        assert_eq!(close_matches("pmr-shrt", ids.into_iter()), ["pmr-short"]);
        assert_eq!(close_matches("box", ids.into_iter()), ["box-breathing"]);
        assert!(close_matches("zzzzzz", ids.into_iter()).is_empty());
    }
}
