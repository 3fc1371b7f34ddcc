// Test data shared by the browser tests and the browser benchmarks.

/** A small valid deck in TOML, with `id` and `cards` cards. */
export function deckToml(id, cards = 1, title = "Team scenarios") {
  let text = `format = 1\nid = "${id}"\ntitle = "${title}"\ndescription = "Our own systems, told to our own executives."\nlanguage = "en"\n`;
  for (let i = 0; i < cards; i++) {
    text += `
[[cards]]
id = "card-${i}"
title = "Upgrade the billing database ${i}"
prompt = "We need to upgrade Postgres ${i} before it goes out of support."
context = "The CFO asks why the team wants two weeks for an upgrade nobody will see."
audience = "CFO"
difficulty = 2
tags = ["database"]
jargon = ["Postgres", "end of life"]
model_answer = "Our billing data sits on software that stops getting security fixes in March. Two weeks of work now avoids a breach that could cost us fines and customers."

[[cards.concepts]]
dimension = "risk"
label = "A breach could follow"
terms = ["breach", "security fix*", "attack"]
hint = "What could happen to customer data?"

[[cards.concepts]]
dimension = "cost"
label = "Two weeks of work"
terms = ["two weeks", "fines"]
hint = "What does it take, and what does it save?"

[[cards.concepts]]
dimension = "opportunity"
label = "Customers keep trusting us"
terms = ["trust*", "keep customers", "customers"]
hint = "What do we keep?"
`;
  }
  return text;
}

