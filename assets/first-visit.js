// Runs before the body is read: on a first visit to an address scripts/prerender.mjs drew at
// build time, shows that drawing once the page has been read, while the app downloads, with a
// small "Loading" pill. Anyone with Boardroom data in this browser sees the plain loading line
// instead: their pages differ from a first visit's, and the app, kept by the service worker,
// starts quickly for them.
// A game's host screen (`#/play/host?…`, a room game of a bundled deck) shows its frame, drawn
// once, with this game's deck, rounds and join link filled in from the address; the app then
// draws the code and the QR code in the places kept for them.
// A classic script (not a module) so that it runs before the body is drawn.

// First, which of the app's three builds this address needs (src/app/bundles.rs): games under
// `#/play`, decks under `#/decks`, the learner's pages for the rest. Picked here, once, before
// anything downloads: the page is marked with it (`<html data-bundle>`, read by the boot script
// and the app) and that build's script, listed by scripts/boot-script.mjs, is preloaded.
(function () {
  var BUNDLES = [
    ["/play", "boardroom-play"],
    ["/decks", "boardroom-studio"],
  ];
  var path = location.hash.replace(/^#/, "");
  var bundle = "boardroom-web";
  for (var i = 0; i < BUNDLES.length; i++) {
    var prefix = BUNDLES[i][0];
    if (path === prefix || path.indexOf(prefix + "/") === 0 || path.indexOf(prefix + "?") === 0) bundle = BUNDLES[i][1];
  }
  document.documentElement.setAttribute("data-bundle", bundle);
  try {
    var files = JSON.parse(document.querySelector('meta[name="boardroom-bundles"]').content)[bundle];
    var link = document.createElement("link");
    link.rel = "modulepreload";
    link.href = files[0];
    document.head.appendChild(link);
  } catch (unlisted) {
    // A page without the list (a build that failed half-way): the boot script says so.
  }
})();

(function () {
  var meta = document.querySelector('meta[name="boardroom-prerendered"]');
  var drawn = meta && meta.content ? meta.content.split(" ") : [];
  var route = location.hash.replace(/^#/, "") || "/";
  var host = drawn.indexOf("/play/host") >= 0 ? hostGame(route) : null;
  // The frame alone is no page: only a game's address shows it.
  if ((drawn.indexOf(route) < 0 || route === "/play/host") && !host) return;
  try {
    for (var i = 0; i < localStorage.length; i++) {
      if (String(localStorage.key(i)).indexOf("boardroom/") === 0) return;
    }
  } catch (blocked) {
    // Storage that cannot be read holds nothing of ours: still a first visit.
  }
  // The drawings wait in templates (scripts/prerender.mjs): the one for this address is copied
  // out once the page has been read, before the app's scripts run. Until then the loading line
  // shows; the drawing takes its place in one step, with the same header where it was.
  document.addEventListener("readystatechange", function once() {
    if (document.readyState === "loading") return;
    document.removeEventListener("readystatechange", once);
    var loading = document.getElementById("loading");
    var frame = loading && drawing(loading, host ? "/play/host" : route);
    if (!frame) return;
    // The host's frame shows only once it holds this game: shown empty, its deck title would
    // fill in later and move the line it is on. Not a game the frame fits (a deck or deal this
    // build does not know): the loading line.
    if (host && !fillHost(frame, host)) return;
    loading.appendChild(frame);
    document.documentElement.setAttribute("data-prerendered", "");
  });

  /** A copy of the drawing for `shown`, from its template in `loading`; null if there is none. */
  function drawing(loading, shown) {
    var templates = loading.querySelectorAll("template[data-route]");
    for (var i = 0; i < templates.length; i++) {
      if (templates[i].getAttribute("data-route") !== shown) continue;
      var frame = templates[i].content.firstElementChild;
      return frame ? document.importNode(frame, true) : null;
    }
    return null;
  }

  /**
   * The game a host address holds, if it is one the frame can show: a room game, its query
   * exactly as the setup page writes it (deck, seed, rounds, seconds, deal version, mode).
   */
  function hostGame(route) {
    var prefix = "/play/host?";
    if (route.indexOf(prefix) !== 0) return null;
    var pairs = route.slice(prefix.length).split("&");
    var keys = ["deck", "seed", "rounds", "seconds", "v", "mode"];
    var game = {};
    if (pairs.length !== keys.length) return null;
    for (var i = 0; i < keys.length; i++) {
      var pair = pairs[i].split("=");
      if (pair.length !== 2 || pair[0] !== keys[i] || pair[1] === "") return null;
      game[keys[i]] = pair[1];
    }
    // What the app accepts (src/game/invite.rs): 1 to 20 rounds, untimed or 30 to 300
    // seconds, a seed that fits 64 bits (any of up to 19 digits does); each written as the
    // app writes it (no leading zero), so the join link below is the app's to the letter.
    var number = /^(0|[1-9]\d{0,18})$/;
    if (game.mode !== "room" || !number.test(game.seed) || !number.test(game.rounds) || !number.test(game.seconds)) return null;
    var rounds = Number(game.rounds);
    var seconds = Number(game.seconds);
    if (rounds < 1 || rounds > 20 || (seconds !== 0 && (seconds < 30 || seconds > 300))) return null;
    // The join link is the host's address without its mode (src/game/invite.rs).
    game.join = pairs.slice(0, 5).join("&");
    return game;
  }

  /** Fill the drawn host `frame` with `game`; false when the frame cannot show it. */
  function fillHost(frame, game) {
    var titles;
    try {
      titles = JSON.parse(frame.getAttribute("data-titles"));
    } catch (broken) {
      return false;
    }
    if (!Object.prototype.hasOwnProperty.call(titles, game.deck) || game.v !== frame.getAttribute("data-version")) return false;
    var link = location.href.split("#")[0] + "#/play/join?" + game.join;
    var fill = function (name, text) {
      var spot = frame.querySelector('[data-fill="' + name + '"]');
      if (spot) spot.textContent = text;
      return spot;
    };
    fill("title", titles[game.deck]);
    fill("round", "Round 1 of " + Number(game.rounds));
    var anchor = fill("link", link);
    if (anchor) anchor.setAttribute("href", link);
    fill("length", " " + link.length + " characters");
    return true;
  }
})();
