/* The release page's search (schema/page/page.js), inlined into
   dist/index.html by captive-release.  Filters the persons table by the
   words typed: a row stays when its text holds every word (any case,
   accents ignored).  The page also reads ?q= from its address, so a link
   (or a test) can open it filtered. */
(function () {
  var box = document.getElementById("search");
  var rows = document.querySelectorAll("#persons tbody tr");
  var shown = document.getElementById("shown");
  function fold(s) {
    return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  var texts = Array.prototype.map.call(rows, function (r) { return fold(r.textContent); });
  function apply() {
    var words = fold(box.value).split(/\s+/).filter(Boolean), n = 0;
    rows.forEach(function (r, i) {
      var hit = words.every(function (w) { return texts[i].indexOf(w) >= 0; });
      r.hidden = !hit;
      n += hit ? 1 : 0;
    });
    shown.textContent = String(n);
    document.body.setAttribute("data-shown", String(n));
  }
  var q = new URLSearchParams(window.location.search).get("q");
  if (q) box.value = q;
  box.addEventListener("input", apply);
  apply();
})();
