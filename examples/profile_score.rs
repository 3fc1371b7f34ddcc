//! A fixed workload for profilers: the benchmark's 150-word case 200 times (`N` as the first
//! argument runs it N times), or with `1mb` one answer of about a megabyte:
//! `valgrind --tool=callgrind target/release/examples/profile_score [N|1mb]`.

use boardroom::rubric::Rubric;

#[path = "../benches/workload.rs"]
mod workload;

fn main() {
    // `profile_score 1mb` profiles one 1 MB answer instead; `profile_score N` runs N times.
    let arg = std::env::args().nth(1).unwrap_or_default();
    let big = arg == "1mb";
    let card = workload::big_card();
    let rubric = Rubric::new(&card);
    let (text, runs) = if big {
        (workload::answer(180_000), 1)
    } else {
        (workload::answer(150), arg.parse().unwrap_or(200))
    };
    let mut total = 0u32;
    for _ in 0..runs {
        total += u32::from(rubric.score(&text).total);
    }
    println!("{total}");
}
