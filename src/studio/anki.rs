//! A deck as Anki plain-text notes: the prompt on the front; the model answer and the
//! rubric in plain words on the back. Anki imports it as Basic notes (File → Import), and
//! Boardroom imports it back as notes (the back is cut where the rubric starts).

use crate::deck::{Card, Deck, Dimension};

/// The deck as an Anki notes file (tab-separated, HTML fields, tags in column 3).
pub fn to_anki_tsv(deck: &Deck) -> String {
    let mut out = format!(
        "#separator:tab\n#html:true\n#columns:Front\tBack\tTags\n#tags column:3\n#deck:{}\n",
        one_line(&deck.title).replace('\n', " ")
    );
    for card in &deck.cards {
        let tags: Vec<String> = std::iter::once(deck.id.clone())
            .chain(
                card.tags
                    .iter()
                    .map(|t| t.split_whitespace().collect::<Vec<_>>().join("_")),
            )
            .filter(|t| !t.is_empty())
            .collect();
        out.push_str(&html(&card.prompt));
        out.push('\t');
        out.push_str(&back(card));
        out.push('\t');
        out.push_str(&html(&tags.join(" ")));
        out.push('\n');
    }
    out
}

/// The model answer, a rule, then what the scorer listens for, dimension by dimension.
fn back(card: &Card) -> String {
    let mut back = html(&card.model_answer);
    back.push_str(&format!("<hr><b>To {}, say</b>", html(&card.audience)));
    for dimension in Dimension::ALL {
        for concept in card.concepts.iter().filter(|c| c.dimension == dimension) {
            let terms: Vec<&str> = concept
                .terms
                .iter()
                .map(|t| t.trim_end_matches('*'))
                .collect();
            back.push_str(&format!(
                "<br>{}: {} (words like: {})",
                dimension.title(),
                html(&concept.label),
                html(&terms.join(", "))
            ));
        }
    }
    if !card.jargon.is_empty() {
        back.push_str(&format!(
            "<br><b>Say it without</b>: {}",
            html(&card.jargon.join(", "))
        ));
    }
    back
}

/// Text as one line of an HTML field: escaped, line breaks as `<br>`, no tabs.
fn html(text: &str) -> String {
    one_line(
        &text
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;"),
    )
    .replace('\n', "<br>")
}

fn one_line(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\t', " ")
}
