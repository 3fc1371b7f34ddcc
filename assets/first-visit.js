// Runs before the first paint: on a first visit to an address scripts/prerender.mjs drew at
// build time, shows that drawing while the app downloads, with a small "Loading" pill. Anyone
// with Boardroom data in this browser sees the plain loading line instead: their pages differ
// from a first visit's, and the app, kept by the service worker, starts quickly for them.
// A classic script (not a module) so that it runs before the body is drawn.
(function () {
  var meta = document.querySelector('meta[name="boardroom-prerendered"]');
  var drawn = meta && meta.content ? meta.content.split(" ") : [];
  var route = location.hash.replace(/^#/, "") || "/";
  if (drawn.indexOf(route) < 0) return;
  try {
    for (var i = 0; i < localStorage.length; i++) {
      if (String(localStorage.key(i)).indexOf("boardroom/") === 0) return;
    }
  } catch (blocked) {
    // Storage that cannot be read holds nothing of ours: still a first visit.
  }
  try {
    // The policy allows no inline style; a constructed sheet is the page's own script.
    var sheet = new CSSStyleSheet();
    sheet.replaceSync('#loading > .prerendered[data-route="' + CSS.escape(route) + '"] { display: block; }');
    document.adoptedStyleSheets = document.adoptedStyleSheets.concat(sheet);
    document.documentElement.setAttribute("data-prerendered", "");
  } catch (old) {
    // A browser without constructed sheets shows the loading line.
  }
})();
