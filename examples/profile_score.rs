//! A fixed workload for profilers: `valgrind --tool=callgrind target/release/examples/profile_score`.
use boardroom::deck::bundled_decks;
use boardroom::rubric::Rubric;

fn main() {
    let decks = bundled_decks().expect("bundled decks");
    let card = &decks[0].cards[0];
    let rubric = Rubric::new(card);
    let text = card.model_answer.repeat(2);
    let mut total = 0u32;
    for _ in 0..50 {
        total += u32::from(rubric.score(&text).total);
    }
    println!("{total}");
}
