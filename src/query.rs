//! The query of a route (`deck=…&seed=…`, after `#/play/join?`): read and written here, and
//! only here, with `form_urlencoded` (the servo/url project's, which the app already links
//! through its router). Pure.

/// A query's `key=value` pairs, decoded (with or without the leading `?`).
pub fn pairs(query: &str) -> Vec<(String, String)> {
    form_urlencoded::parse(query.trim_start_matches('?').as_bytes())
        .into_owned()
        .collect()
}

/// The first value of `key` in `pairs`.
pub fn get<'a>(pairs: &'a [(String, String)], key: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
}

/// Every value of `key` in `pairs`, in order.
pub fn all<'a>(pairs: &'a [(String, String)], key: &'a str) -> impl Iterator<Item = &'a str> {
    pairs
        .iter()
        .filter(move |(k, _)| k == key)
        .map(|(_, v)| v.as_str())
}

/// A query of `pairs`, encoded, without the `?`.
pub fn build(pairs: &[(&str, &str)]) -> String {
    let mut query = String::new();
    for &(key, value) in pairs {
        if !query.is_empty() {
            query.push('&');
        }
        query.extend(form_urlencoded::byte_serialize(key.as_bytes()));
        query.push('=');
        query.extend(form_urlencoded::byte_serialize(value.as_bytes()));
    }
    query
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_round_trip_whatever_they_hold() {
        for text in ["Ana", "Zoë & Bea", "a=b,c?d", "李", "100% + more", ""] {
            let query = build(&[("name", text)]);
            assert_eq!(get(&pairs(&query), "name"), Some(text), "{query}");
        }
    }

    #[test]
    fn reads_what_people_and_other_builds_wrote() {
        let read = pairs("?deck=a%20b&who=Ana+Bea&who=Cy&bad=%2&empty=");
        assert_eq!(get(&read, "deck"), Some("a b"));
        assert_eq!(all(&read, "who").collect::<Vec<_>>(), ["Ana Bea", "Cy"]);
        assert_eq!(
            get(&read, "bad"),
            Some("%2"),
            "a malformed escape is kept as typed"
        );
        assert_eq!(get(&read, "empty"), Some(""));
        assert_eq!(get(&read, "missing"), None);
        assert_eq!(build(&[("deck", "a"), ("seed", "1")]), "deck=a&seed=1");
    }
}
