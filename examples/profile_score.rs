//! A fixed workload for profilers (the benchmark's 150-word case, 200 times):
//! `valgrind --tool=callgrind target/release/examples/profile_score`.

use boardroom::rubric::Rubric;

#[path = "../benches/workload.rs"]
mod workload;

fn main() {
    let card = workload::big_card();
    let rubric = Rubric::new(&card);
    let text = workload::answer(150);
    let mut total = 0u32;
    for _ in 0..200 {
        total += u32::from(rubric.score(&text).total);
    }
    println!("{total}");
}
